using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Drafting.Internals;

/// <summary>
/// Median time from each ordered step to the next (first occurrence to first occurrence) over the customers who do
/// both in that order; null where nobody does. Ticks, or positions for logs without timestamps. Past
/// <see cref="MaxSample"/> customers a gap's values are a uniform reservoir sample (fixed seed), so a draft of
/// millions of customers holds at most that many values per gap.
/// </summary>
internal static class StepGaps
{
    public const int MaxSample = 100_000;

    public static long?[] Medians(EventLog log, IReadOnlyList<DraftActivity> ordered)
    {
        var positionOf = new int[log.Activities.Count];
        Array.Fill(positionOf, -1);
        for (var p = 0; p < ordered.Count; p++)
        {
            positionOf[ordered[p].Id] = p;
        }

        var lists = new List<long>[Math.Max(0, ordered.Count - 1)];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = [];
        }

        var first = new long[ordered.Count];
        var seen = new long[lists.Length];
        var random = new Random(20261127);
        for (var c = 0; c < log.CustomerCount; c++)
        {
            Array.Fill(first, long.MinValue);
            var range = log.EventsOf(c);
            for (var i = range.Start.Value; i < range.End.Value; i++)
            {
                var p = positionOf[log.Activity[i]];
                if (p >= 0 && first[p] == long.MinValue)
                {
                    first[p] = log.Ticks[i];
                }
            }

            for (var p = 0; p < lists.Length; p++)
            {
                if (first[p] != long.MinValue && first[p + 1] != long.MinValue && first[p] <= first[p + 1])
                {
                    Sample(lists[p], ++seen[p], first[p + 1] - first[p], random);
                }
            }
        }

        return [.. lists.Select(l => l.Count == 0 ? (long?)null : Quantiles.Summarize(l.ToArray()).Median.Ticks)];
    }

    /// <summary>Reservoir sampling: the n-th value replaces a random kept one with chance MaxSample / n.</summary>
    private static void Sample(List<long> kept, long n, long value, Random random)
    {
        if (kept.Count < MaxSample)
        {
            kept.Add(value);
            return;
        }

        var slot = random.NextInt64(n);
        if (slot < MaxSample)
        {
            kept[(int)slot] = value;
        }
    }
}
