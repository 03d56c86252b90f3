using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>Orders variants, takes the top K and finds their median durations.</summary>
internal static class VariantReport
{
    public static VariantResult Build(EventLog log, int top, VariantVisitor merged)
    {
        var total = merged.CustomerVariant.Count;
        var order = Enumerable.Range(0, merged.Counts.Count).ToArray();
        Array.Sort(order, (x, y) => merged.Counts[x] != merged.Counts[y]
            ? merged.Counts[y].CompareTo(merged.Counts[x])
            : CompareSequences(log, merged.Sequences.Get(x), merged.Sequences.Get(y)));
        var chosen = order.Take(top).ToArray();
        var durations = DurationsOf(merged, chosen);
        var result = new List<Variant>(chosen.Length);
        long cumulative = 0;
        for (var i = 0; i < chosen.Length; i++)
        {
            var count = merged.Counts[chosen[i]];
            cumulative += count;
            var names = merged.Sequences.Get(chosen[i]).ToArray().Select(a => log.Activities[a]).ToArray();
            var median = Quantiles.Select(durations[i].Span, Quantiles.Index(durations[i].Count, 0.5));
            result.Add(new Variant(names, count, (double)count / total, (double)cumulative / total, TimeSpan.FromTicks(median)));
        }

        merged.CustomerDuration.Release();
        foreach (var list in durations)
        {
            list.Release();
        }

        return new VariantResult(total, merged.Counts.Count, result);
    }

    private static LongList[] DurationsOf(VariantVisitor merged, int[] chosen)
    {
        var slotOf = new Dictionary<int, int>();
        var lists = new LongList[chosen.Length];
        for (var i = 0; i < chosen.Length; i++)
        {
            slotOf[chosen[i]] = i;
            lists[i] = new LongList();
        }

        var durations = merged.CustomerDuration.Span;
        for (var c = 0; c < merged.CustomerVariant.Count; c++)
        {
            if (slotOf.TryGetValue(merged.CustomerVariant[c], out var slot))
            {
                lists[slot].Add(durations[c]);
            }
        }

        return lists;
    }

    /// <summary>Element-wise ordinal comparison of activity names, a shorter prefix first.</summary>
    private static int CompareSequences(EventLog log, ReadOnlySpan<int> x, ReadOnlySpan<int> y)
    {
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var byName = string.CompareOrdinal(log.Activities[x[i]], log.Activities[y[i]]);
            if (byName != 0)
            {
                return byName;
            }
        }

        return x.Length.CompareTo(y.Length);
    }
}
