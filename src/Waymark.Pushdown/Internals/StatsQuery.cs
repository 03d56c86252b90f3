using Waymark.Analytics.Engine;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// <see cref="Analyze.Stats"/> as SQL: per customer and activity the events and first time, then per customer the
/// time from its first event to each activity's first, then per activity the counts and the summary of those times.
/// Everything per customer happens before any grouping across customers, so on a cluster sharded by customer each
/// shard can do its part.
/// </summary>
internal static class StatsQuery
{
    public const int Columns = 4 + DurationSql.Columns;

    public static string Activities(string where) => $"""
        SELECT act, count(), sum(n), countIf(n > 1), {DurationSql.Of("arraySort(groupArray(d))")}
        FROM (
            SELECT customer_id, groupArray(activity) AS acts, groupArray(n) AS ns,
                arrayMap(f -> f - arrayReduce('min', groupArray(first)), groupArray(first)) AS ds
            FROM (SELECT customer_id, activity, count() AS n, min(ticks) AS first FROM events WHERE {where} GROUP BY customer_id, activity)
            GROUP BY customer_id)
        ARRAY JOIN acts AS act, ns AS n, ds AS d
        GROUP BY act
        """;

    public static string Totals(string where) => $"SELECT uniqExact(customer_id), count() FROM events WHERE {where}";

    public static StatsResult Result(IEnumerable<string?[]> rows, string?[] totals)
    {
        var activities = new List<ActivityStats>();
        foreach (var row in rows)
        {
            var customers = DurationSql.Long(row[1]);
            var repeat = (double)DurationSql.Long(row[3]) / customers;
            activities.Add(new ActivityStats(row[0]!, customers, DurationSql.Long(row[2]), repeat, DurationSql.Read(row, 4)));
        }

        // Ordinal order here, not ClickHouse's byte order (UTF-8 and UTF-16 differ above the BMP).
        activities.Sort((x, y) => x.Customers != y.Customers ? y.Customers.CompareTo(x.Customers) : string.CompareOrdinal(x.Activity, y.Activity));
        return new StatsResult(DurationSql.Long(totals[0]), DurationSql.Long(totals[1]), activities);
    }
}
