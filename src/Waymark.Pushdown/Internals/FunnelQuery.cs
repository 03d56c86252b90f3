using System.Globalization;
using System.Text;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// A funnel as SQL: per customer (one GROUP BY customer_id, finished per shard on a cluster, then two levels above it:
/// docs/adr/069-pushdown-speed.md) the attempts of <see cref="FunnelAttempts"/>, the best of them (most steps, then the shortest time from its start to its last step,
/// then the earliest: the engine's rule) as b, its steps reached r, the gaps between its steps and its time to convert;
/// across customers, customers per step, the gaps' and time to convert's summaries, the histogram and the customers
/// whose attempts reach no step (excluded). windowFunnel is not used (docs/adr/060-pushdown-seam.md says why).
/// </summary>
internal static class FunnelQuery
{
    public static string Sql(string where, IReadOnlyList<IReadOnlyList<string>> steps, FunnelMode mode, long? window)
    {
        var n = steps.Count;
        var masks = StepMasks.Of([.. steps.Select(s => new FunnelStep("", s))]);
        var activities = steps.SelectMany(s => s).Distinct(StringComparer.Ordinal).ToList();

        // Ordered and AnyOrder attempts move only on step events, so only those are read; Strict needs every event
        // (another event in between stops the attempt).
        var rows = mode == FunnelMode.Strict || activities.Count == 0 ? "" : $" AND activity IN ({StepMasks.Literals(activities)})";
        var attempts = new StringBuilder("SELECT t");
        FunnelAttempts.Append(attempts, [.. Enumerable.Range(0, n).Select(k => StepMasks.Flag("m", k))], mode, window);
        var best = new StringBuilder("SELECT R");
        AppendBest(best, n);
        best.Append($",\n  T{n}[b] - T1[b] AS conv");
        var inner = $"{best}\nFROM (\n{attempts}\nFROM (\n{PushdownScope.CustomerMasks([masks])}\nFROM events WHERE {where}{rows} GROUP BY customer_id\n)\n) WHERE length(R) > 0";

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

        // An attempt that reaches no step (AnyOrder: later steps without the first) leaves its customer excluded.
        outer.Append(", countIf(r = 0)");
        return outer.Append("\nFROM (\n").Append(inner).Append("\n)").ToString();
    }

    /// <summary>
    /// The level above the attempts: the best attempt b (most steps, then the shortest time from its start to its last
    /// step, then the earliest; found with two arrayReduce and arrayFirstIndex, not by sorting tuples), its steps
    /// reached r (0 without an attempt) and the gaps g2..gn between its steps. The SELECT list already holds R.
    /// </summary>
    public static void AppendBest(StringBuilder sql, int n)
    {
        sql.Append(",\n  arrayReduce('max', R) AS rmax");
        sql.Append(",\n  arrayReduce('min', arrayFilter((bs, br) -> br = rmax, span, R)) AS smin");
        sql.Append(",\n  arrayFirstIndex((fr, fs) -> fr = rmax AND fs = smin, R, span) AS b");
        sql.Append(",\n  R[b] AS r");
        for (var k = 2; k <= n; k++)
        {
            sql.Append($",\n  T{k}[b] - T{k - 1}[b] AS g{k}");
        }
    }

    public static int Columns(int steps) => steps + (steps * DurationSql.Columns) + FunnelReport.Buckets.Length + 1;

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
        return new FunnelResult(result, DurationSql.Long(row[bucketsAt + FunnelReport.Buckets.Length]), histogram, []) { TimeToConvertSummary = DurationSql.Read(row, convertAt) };
    }

    private static double Ratio(long part, long whole) => whole == 0 ? 0 : (double)part / whole;
}
