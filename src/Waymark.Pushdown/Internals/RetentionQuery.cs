using System.Globalization;
using Waymark.Analytics.Engine;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// <see cref="Analyze.Retention"/> in one pass over the customers (docs/analytics.md, "Retention"). Per customer, in
/// time-then-seq order: <c>st</c> the position of the first start (0: none, no cohort), <c>co</c> its period (the
/// cohort), <c>ks</c> the distinct k in 1..N such that a return event falls in period co + k (a later calendar period
/// is later in time, so after the start). Across customers one sumMap counts cohort * (N + 1) + k, with k = 0 the
/// cohort's own customers.
/// </summary>
internal static class RetentionQuery
{
    public const int Columns = 1;

    public static string Sql(string where, PairMasks masks, TrendGranularity granularity, int periods)
    {
        var n = periods.ToString(CultureInfo.InvariantCulture);
        var width = (periods + 1).ToString(CultureInfo.InvariantCulture);
        string[] aliases =
        [
            "arrayFirstIndex(x -> bitAnd(x, 1) != 0, m) AS st",
            $"{CalendarSql.Day("t[st]")} AS cd",
            $"{CalendarSql.Period(granularity, "cd")} AS co",
            $"arrayFilter(d -> d >= 1 AND d <= {n}, arrayMap((dd, y) -> if(bitAnd(y, 2) != 0, {CalendarSql.Period(granularity, "dd")} - co, 0), " +
                $"arrayMap(x -> {CalendarSql.Day("x")}, t), m)) AS ks",
            $"arrayMap(d -> co * {width} + d, arrayPushFront(arrayDistinct(ks), 0)) AS ky",
        ];
        return $"""
            SELECT sumMap(ky, arrayMap(x -> toUInt64(1), ky))
            FROM (
            {CustomerEvents.Select(where, masks, aliases)}
            )
            WHERE st > 0
            """;
    }

    /// <summary>Per cohort period: [0] its customers, [k] those returning in period k.</summary>
    public static Dictionary<long, long[]> Read(string?[] row, int periods)
    {
        var cohorts = new Dictionary<long, long[]>();
        foreach (var (key, count) in SumMap.Parse(row[0]))
        {
            var cohort = key / (periods + 1);
            if (!cohorts.TryGetValue(cohort, out var counts))
            {
                cohorts[cohort] = counts = new long[periods + 1];
            }

            counts[key % (periods + 1)] = count;
        }

        return cohorts;
    }
}
