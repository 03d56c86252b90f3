using System.Globalization;
using System.Text;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// The Ordered and Strict funnels as SQL, by the engine's rules (docs/analytics.md): every first-step event starts an
/// attempt; each next step is the earliest later event (by position in time-then-seq order) completing it within the
/// window from the attempt's start (Strict: the very next event, or the attempt stops); the best attempt reaches the most steps, then has the shortest start-to-last-step time,
/// then starts earliest. Per customer (one GROUP BY customer_id, so per shard on a cluster): P1 holds the attempts'
/// start positions and Pk the position of step k in each attempt (0: not reached), R the steps reached, b the best
/// attempt. Across customers: customers per step, the gaps between steps and the time to convert.
/// windowFunnel is not used: it keeps one chain per level (not the best attempt's times) and its window and tie
/// rules differ across releases.
/// </summary>
internal static class FunnelQuery
{
    public static string Sql(string where, IReadOnlyList<IReadOnlyList<string>> steps, long? window, bool strict)
    {
        var n = steps.Count;
        var inWindow = window is { } w ? " AND x - t[p1] <= " + w.ToString(CultureInfo.InvariantCulture) : "";
        var inner = new StringBuilder("SELECT ").Append(PushdownScope.CustomerArrays);
        for (var k = 1; k <= n; k++)
        {
            inner.Append($",\n  {Flags(steps[k - 1])} AS f{k}");
        }

        inner.Append(",\n  arrayFilter((i, f) -> f, arrayEnumerate(t), f1) AS P1");
        for (var k = 2; k <= n; k++)
        {
            inner.Append(",\n  ").Append(strict ? StrictStep(k, window) : OrderedStep(k, inWindow)).Append($" AS P{k}");
        }

        var ps = string.Join(", ", Enumerable.Range(1, n).Select(k => $"p{k}"));
        var arrays = string.Join(", ", Enumerable.Range(1, n).Select(k => $"P{k}"));
        var reached = string.Join(" + ", Enumerable.Range(2, n - 1).Select(k => $"(p{k} != 0)"));
        var last = string.Join(", ", Enumerable.Range(2, n - 1).Reverse().Select(k => $"p{k} != 0, p{k}"));
        inner.Append($",\n  arrayMap(({ps}) -> 1 + {reached}, {arrays}) AS R");
        inner.Append($",\n  arrayMap(({ps}) -> multiIf({last}, p1), {arrays}) AS L");
        inner.Append(",\n  arraySort((q, rr, s) -> (-rr, s, q), arrayEnumerate(P1), R, arrayMap((p, l) -> t[l] - t[p], P1, L))[1] AS b");
        inner.Append(",\n  R[b] AS r");
        for (var k = 2; k <= n; k++)
        {
            inner.Append($",\n  t[P{k}[b]] - t[P{k - 1}[b]] AS g{k}");
        }

        inner.Append(",\n  t[L[b]] - t[P1[b]] AS conv");
        inner.Append($"\nFROM events WHERE {where} GROUP BY customer_id HAVING length(P1) > 0");

        var outer = new StringBuilder("SELECT ");
        outer.Append(string.Join(", ", Enumerable.Range(1, n).Select(k => $"countIf(r >= {k})")));
        for (var k = 2; k <= n; k++)
        {
            outer.Append(", ").Append(DurationSql.Of($"arraySort(groupArrayIf(g{k}, r >= {k}))"));
        }

        outer.Append(", ").Append(DurationSql.Of($"arraySort(groupArrayIf(conv, r = {n}))"));
        var low = "-1";
        foreach (var (_, upTo) in FunnelReport.Buckets)
        {
            var high = upTo?.Ticks.ToString(CultureInfo.InvariantCulture);
            outer.Append($", countIf(r = {n} AND conv > {low}{(high is null ? "" : " AND conv <= " + high)})");
            low = high ?? low;
        }

        return outer.Append("\nFROM (\n").Append(inner).Append("\n)").ToString();
    }

    public static int Columns(int steps) => steps + (steps * DurationSql.Columns) + FunnelReport.Buckets.Length;

    public static FunnelResult Result(IReadOnlyList<FunnelStep> steps, string?[] row)
    {
        var n = steps.Count;
        var reached = Enumerable.Range(0, n).Select(i => DurationSql.Long(row[i])).ToArray();
        var result = new List<FunnelStepResult>(n);
        for (var i = 0; i < n; i++)
        {
            var previous = i == 0 ? reached[0] : reached[i - 1];
            var gaps = i == 0 ? DurationSummary.Empty : DurationSql.Read(row, n + ((i - 1) * DurationSql.Columns));
            result.Add(new FunnelStepResult(steps[i].Name, reached[i], Ratio(reached[i], reached[0]), Ratio(reached[i], previous), previous - reached[i], gaps));
        }

        var convertAt = n + ((n - 1) * DurationSql.Columns);
        var bucketsAt = convertAt + DurationSql.Columns;
        var histogram = FunnelReport.Buckets.Select((b, i) => new HistogramBucket(b.Label, b.UpTo, DurationSql.Long(row[bucketsAt + i]))).ToList();
        return new FunnelResult(result, 0, histogram, []) { TimeToConvertSummary = DurationSql.Read(row, convertAt) };
    }

    /// <summary>Ordered: step k is the first event after step k - 1's that completes it, within the window from the start.</summary>
    private static string OrderedStep(int k, string inWindow) =>
        $"arrayMap((p1, p) -> p = 0 ? 0 : arrayFirstIndex((f, x, k) -> f AND k > p{inWindow}, f{k}, t, arrayEnumerate(t)), P1, P{k - 1})";

    /// <summary>Strict: step k is the very next event after step k - 1's, when it completes the step within the window
    /// (past the end, f{k}[i] is 0).</summary>
    private static string StrictStep(int k, long? window)
    {
        var inWindow = window is { } w ? " AND t[p + 1] - t[p1] <= " + w.ToString(CultureInfo.InvariantCulture) : "";
        return $"arrayMap((p1, p) -> p != 0 AND f{k}[p + 1]{inWindow} ? p + 1 : 0, P1, P{k - 1})";
    }

    /// <summary>Per event, whether it completes the step (one of its activities).</summary>
    private static string Flags(IReadOnlyList<string> activities) => activities.Count == 0
        ? "arrayMap(x -> 0, a)"
        : $"arrayMap(x -> has([{string.Join(", ", activities.Select(ClickHouseText.Literal))}], x), a)";

    private static double Ratio(long part, long whole) => whole == 0 ? 0 : (double)part / whole;
}
