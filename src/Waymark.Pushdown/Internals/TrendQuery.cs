using Waymark.Analytics.Engine;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// <see cref="Analyze.StepTrend"/> in one pass over the customers (docs/analytics.md, "Step trends"). Per customer, in
/// time-then-seq order: <c>s</c> the positions of the step's events, <c>ln</c> the last position of a next-step event
/// (0: none), <c>ps</c> the step events' periods. A customer counts once in each period with a step event, and converts
/// there when the period's first step event comes before <c>ln</c>: that is when any of the period's step events does,
/// so the period's distinct values among the events before <c>ln</c> are the converted ones. The totals use the first
/// step event. Across customers one sumMap counts both, keyed period * 2 (customers) and period * 2 + 1 (converted).
/// </summary>
internal static class TrendQuery
{
    public const int Columns = 3;

    public static string Sql(string where, PairMasks masks, TrendGranularity granularity)
    {
        var period = CalendarSql.Period(granularity, "dd");
        string[] aliases =
        [
            "arrayFilter((i, x) -> bitAnd(x, 1) != 0, arrayEnumerate(m), m) AS s",
            "arrayReduce('max', arrayMap((x, i) -> if(bitAnd(x, 2) != 0, i, 0), m, arrayEnumerate(m))) AS ln",
            $"arrayMap(dd -> {period}, arrayMap(x -> {CalendarSql.Day("x")}, arrayFilter((x, y) -> bitAnd(y, 1) != 0, t, m))) AS ps",
            "arrayConcat(arrayMap(p -> p * 2, arrayDistinct(ps)), arrayMap(p -> p * 2 + 1, arrayDistinct(arrayFilter((p, i) -> i < ln, ps, s)))) AS ky",
        ];
        return $"""
            SELECT sumMap(ky, arrayMap(x -> toUInt64(1), ky)), countIf(length(s) > 0), countIf(length(s) > 0 AND s[1] < ln)
            FROM (
            {CustomerEvents.Select(where, masks, aliases)}
            )
            """;
    }

    public static (Dictionary<long, (long Customers, long Converted)> Periods, (long Customers, long Converted) Totals) Read(string?[] row)
    {
        var periods = new Dictionary<long, (long Customers, long Converted)>();
        foreach (var (key, count) in SumMap.Parse(row[0]))
        {
            var (customers, converted) = periods.GetValueOrDefault(key / 2);
            periods[key / 2] = key % 2 == 0 ? (count, converted) : (customers, count);
        }

        return (periods, (DurationSql.Long(row[1]), DurationSql.Long(row[2])));
    }
}
