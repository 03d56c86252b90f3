using System.Globalization;
using Waymark.Analytics.Engine;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// <see cref="Analyze.Variants"/> as SQL: per customer its activity ids in the engine's order and its duration (last
/// event less first), per sequence the customers and the nearest-rank median duration, then in one row the variants
/// and customers counted and the top ones: most customers first, ties by the sequence (ids compare as the names do,
/// ordinal, a shorter prefix first). Only the variants with at least the top-th count are sorted, not all of them.
/// </summary>
internal static class VariantQuery
{
    public const int Columns = 5;

    public static string Sql(string where, ActivityIds ids, int top)
    {
        var n = top.ToString(CultureInfo.InvariantCulture);
        return $"""
            SELECT vs, cs, -tupleElement(v, 1), tupleElement(v, 2), tupleElement(v, 3)
            FROM (
                SELECT count() AS vs, sum(c) AS cs, arraySort(groupArray(-c))[{n}] AS th,
                    arraySlice(arraySort(arrayFilter(x -> tupleElement(x, 1) <= th, groupArray((-c, s, m)))), 1, {n}) AS tops
                FROM (
                    SELECT s, count() AS c, {DurationAggregates.Median("d", "duration")} AS m
                    FROM (SELECT {ids.CustomerSequence()} AS s, max(ticks) - min(ticks) AS d FROM events WHERE {where} GROUP BY customer_id)
                    GROUP BY s))
            ARRAY JOIN tops AS v
            """;
    }

    public static VariantResult Result(IReadOnlyList<string?[]> rows, ActivityIds ids)
    {
        if (rows.Count == 0)
        {
            return new VariantResult(0, 0, []);
        }

        var (variants, customers) = (DurationSql.Long(rows[0][0]), DurationSql.Long(rows[0][1]));
        var top = new List<Variant>(rows.Count);
        long cumulative = 0;
        foreach (var row in rows)
        {
            var count = DurationSql.Long(row[2]);
            cumulative += count;
            var median = TimeSpan.FromTicks(DurationSql.Long(row[4]));
            top.Add(new Variant(ids.Names(row[3]), count, (double)count / customers, (double)cumulative / customers, median));
        }

        return new VariantResult(customers, (int)variants, top);
    }
}
