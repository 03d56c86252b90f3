using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// The customers behind one bar of a funnel (the engine's FunnelCustomers) over the rows of <see cref="FunnelLevels"/>:
/// <see cref="CountsSql"/> counts per breakdown group the customers with a best attempt (the engine's first-step count
/// that decides which groups are shown, "other" being the rest) and the bar's customers; <see cref="PageSql"/> lists
/// one page of the bar's customers in the log's order: by each customer's first stored event (min(seq) over the whole
/// source, the order a log read from the store interns them in).
/// </summary>
internal sealed class FunnelCustomersQuery(FunnelLevels levels, FunnelCustomerQuery query, string source)
{
    public const int CountColumns = 3;
    public const int PageColumns = 4;

    private string Bar => $"r > {Number(query.Step)}" + (query.Dropped ? $" AND r = {Number(query.Step + 1)}" : "");

    public string CountsSql => $"SELECT {(levels.Grouped ? "grp" : "''")}, countIf(r >= 1), countIf({Bar})\nFROM (\n{levels.Sql}\n)\n" +
        (levels.Grouped ? "GROUP BY grp" : "");

    /// <summary>The group keys whose customers are listed (null: every group), from the rows of <see cref="CountsSql"/>
    /// as the engine's GroupFilter picks them; and the bar's customers in them.</summary>
    public (IReadOnlyList<string>? Keys, bool Except, long Total) Groups(List<string?[]> counts)
    {
        if (query.Group is not { } name || !levels.Grouped)
        {
            return (null, false, counts.Sum(c => DurationSql.Long(c[2])));
        }

        var ordered = counts.Where(c => DurationSql.Long(c[1]) > 0)
            .Select(c => (Key: c[0]!, Name: FunnelLevels.NameOf(c[0]!), First: DurationSql.Long(c[1]), Bar: DurationSql.Long(c[2])))
            .OrderByDescending(g => g.First).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        var shown = ordered.Take(levels.Limit).ToList();
        if (name == FunnelBreakdown.OtherGroup && ordered.Count > shown.Count)
        {
            return ([.. shown.Select(g => g.Key)], true, ordered.Skip(shown.Count).Sum(g => g.Bar));
        }

        var match = shown.FindIndex(g => g.Name == name);
        return match < 0 ? ([], false, 0) : ([shown[match].Key], false, shown[match].Bar);
    }

    public string PageSql(IReadOnlyList<string>? keys, bool except)
    {
        var groups = keys is null ? "" : $" AND grp {(except ? "NOT IN" : "IN")} ({string.Join(", ", keys.Select(ClickHouseText.Literal))})";
        return $"SELECT customer_id, r, st, ls FROM (\nSELECT customer_id, r, st, ls FROM (\n{levels.Sql}\n) WHERE {Bar}{groups}\n)" +
            $" ANY LEFT JOIN (SELECT customer_id, min(seq) AS o FROM events WHERE {source} GROUP BY customer_id) USING customer_id" +
            $"\nORDER BY o LIMIT {Number(Math.Max(0, query.Offset))}, {Number(query.Limit)}";
    }

    public static FunnelCustomer Customer(string?[] row) => new(
        row[0]!, (int)DurationSql.Long(row[1]), new DateTimeOffset(DurationSql.Long(row[2]), TimeSpan.Zero), new DateTimeOffset(DurationSql.Long(row[3]), TimeSpan.Zero));

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
