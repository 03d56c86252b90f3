using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>Turns merged tallies into the public funnel result: totals, groups folded to the limit, histogram.</summary>
internal static class FunnelReport
{
    /// <summary>The time-to-convert buckets (label, inclusive upper bound; null: above the last). Pushdown counts the same.</summary>
    internal static readonly (string Label, TimeSpan? UpTo)[] Buckets =
    [
        ("<= 1 min", TimeSpan.FromMinutes(1)), ("<= 5 min", TimeSpan.FromMinutes(5)), ("<= 15 min", TimeSpan.FromMinutes(15)),
        ("<= 1 h", TimeSpan.FromHours(1)), ("<= 3 h", TimeSpan.FromHours(3)), ("<= 12 h", TimeSpan.FromHours(12)),
        ("<= 1 day", TimeSpan.FromDays(1)), ("<= 2 days", TimeSpan.FromDays(2)), ("<= 7 days", TimeSpan.FromDays(7)),
        ("<= 14 days", TimeSpan.FromDays(14)), ("<= 30 days", TimeSpan.FromDays(30)), ("<= 90 days", TimeSpan.FromDays(90)),
        ("> 90 days", null),
    ];

    public static FunnelResult Build(EventLog log, in FunnelOptions options, FunnelVisitor merged)
    {
        var stepCount = options.Steps.Count;
        var total = new FunnelTally(stepCount);
        foreach (var tally in merged.Groups.Values)
        {
            total.Merge(tally);
        }

        var groups = options.Breakdown.Kind == BreakdownKind.None
            ? []
            : FoldGroups(new FunnelGroupKey(log, options.Breakdown), options, merged.Groups);
        var histogram = Histogram(total.TimeToConvert);
        var result = new FunnelResult(Steps(options.Steps, total), total.Excluded, histogram, groups)
        {
            TimeToConvertSummary = Quantiles.Summarize(total.TimeToConvert),
            Periods = options.Over is { } over ? Periods(merged.Periods, over) : [],
        };
        total.Release();
        foreach (var tally in merged.Groups.Values)
        {
            tally.Release();
        }

        return result;
    }

    private static List<FunnelGroupResult> FoldGroups(FunnelGroupKey key, in FunnelOptions options, Dictionary<int, FunnelTally> tallies)
    {
        var ordered = key.Order(tallies.Select(pair => (pair.Key, pair.Value.Reached[0])))
            .Select(g => (g.Name, Tally: tallies[g.Group]))
            .ToList();
        var limit = options.Breakdown.EffectiveLimit;
        var result = new List<FunnelGroupResult>();
        foreach (var (name, tally) in ordered.Take(limit))
        {
            result.Add(new FunnelGroupResult(name, Steps(options.Steps, tally), tally.Excluded));
        }

        if (ordered.Count > limit)
        {
            var other = new FunnelTally(options.Steps.Count);
            foreach (var (_, tally) in ordered.Skip(limit))
            {
                other.Merge(tally);
            }

            result.Add(new FunnelGroupResult(FunnelBreakdown.OtherGroup, Steps(options.Steps, other), other.Excluded));
        }

        return result;
    }

    private static List<FunnelStepResult> Steps(IReadOnlyList<FunnelStep> steps, FunnelTally tally)
    {
        var result = new List<FunnelStepResult>(steps.Count);
        var first = tally.Reached[0];
        var gaps = Quantiles.SummarizeAll(tally.Gaps);
        for (var i = 0; i < steps.Count; i++)
        {
            var reached = tally.Reached[i];
            var previous = i == 0 ? reached : tally.Reached[i - 1];
            result.Add(new FunnelStepResult(
                steps[i].Name,
                reached,
                Ratio(reached, first),
                Ratio(reached, previous),
                previous - reached,
                i == 0 ? DurationSummary.Empty : gaps[i]));
        }

        return result;
    }

    private static List<FunnelPeriod> Periods(Dictionary<long, long[]> periods, TrendGranularity over) =>
        [.. periods.OrderBy(p => p.Key).Select(p => new FunnelPeriod(CalendarPeriods.StartOf(over, p.Key), p.Value))];

    private static double Ratio(long part, long whole) => whole == 0 ? 0 : (double)part / whole;

    private static List<HistogramBucket> Histogram(LongList times)
    {
        var bounds = Buckets.Where(b => b.UpTo is not null).Select(b => b.UpTo!.Value.Ticks).ToArray();
        var counts = new long[Buckets.Length];
        for (var s = 0; s < times.SegmentCount; s++)
        {
            foreach (var t in times.Segment(s))
            {
                var b = Array.BinarySearch(bounds, t);
                counts[b >= 0 ? b : ~b]++;
            }
        }

        return [.. Buckets.Select((bucket, i) => new HistogramBucket(bucket.Label, bucket.UpTo, counts[i]))];
    }
}
