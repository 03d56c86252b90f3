using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>Orders variants, takes the top K and finds their median durations.</summary>
internal static class VariantReport
{
    public static VariantResult Build(EventLog log, int top, VariantVisitor merged)
    {
        var total = merged.CustomerVariant.Count;
        var chosen = TopVariants(log, top, merged);
        var durations = DurationsOf(merged, chosen);
        var result = new List<Variant>(chosen.Length);
        long cumulative = 0;
        for (var i = 0; i < chosen.Length; i++)
        {
            var count = merged.Sequences.CountOf(chosen[i]);
            cumulative += count;
            var names = merged.Sequences.Get(chosen[i]).ToArray().Select(a => log.Activities[a]).ToArray();
            var median = Quantiles.Summarize(durations[i]).Median.Ticks;
            result.Add(new Variant(names, count, (double)count / total, (double)cumulative / total, TimeSpan.FromTicks(median)));
        }

        merged.CustomerDuration.Release();
        merged.CustomerVariant.Release();
        foreach (var list in durations)
        {
            list.Release();
        }

        var variantCount = merged.Sequences.Count;
        merged.Sequences.Release();
        return new VariantResult(total, variantCount, result);
    }

    private static LongList[] DurationsOf(VariantVisitor merged, int[] chosen)
    {
        var slotOf = TablePool<int>.Arrays.Rent(merged.Sequences.Count);
        Array.Fill(slotOf, -1);
        var lists = new LongList[chosen.Length];
        for (var i = 0; i < chosen.Length; i++)
        {
            slotOf[chosen[i]] = i;
            lists[i] = new LongList();
        }

        // Customers' variants and durations were added in step: the c-th of each, across their blocks, is customer c's.
        var (ids, durations) = (merged.CustomerVariant, merged.CustomerDuration);
        var (ds, at) = (0, 0);
        var block = durations.SegmentCount > 0 ? durations.Segment(0) : [];
        for (var s = 0; s < ids.SegmentCount; s++)
        {
            foreach (var id in ids.Segment(s))
            {
                if (at == block.Length)
                {
                    block = durations.Segment(++ds);
                    at = 0;
                }

                var slot = slotOf[id];
                var duration = block[at++];
                if (slot >= 0)
                {
                    lists[slot].Add(duration);
                }
            }
        }

        TablePool<int>.Arrays.Return(slotOf);
        return lists;
    }

    /// <summary>
    /// The <paramref name="top"/> variants, most customers first, ties by their activity names (ordinal, element-wise,
    /// a shorter prefix first). A bounded selection rather than a sort: a log where most customers' journeys are their
    /// own has as many variants as customers, and only the top few are shown.
    /// </summary>
    private static int[] TopVariants(EventLog log, int top, VariantVisitor merged)
    {
        var rank = NameRanks(log);
        var table = merged.Sequences;
        var best = new List<int>(top + 1);
        int Compare(int x, int y) => table.CountOf(x) != table.CountOf(y)
            ? table.CountOf(y).CompareTo(table.CountOf(x))
            : CompareSequences(rank, merged.Sequences.Get(x), merged.Sequences.Get(y));

        for (var id = 0; id < table.Count && top > 0; id++)
        {
            if (best.Count == top && Compare(id, best[^1]) >= 0)
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && Compare(id, best[at - 1]) < 0)
            {
                at--;
            }

            best.Insert(at, id);
            if (best.Count > top)
            {
                best.RemoveAt(best.Count - 1);
            }
        }

        return [.. best];
    }

    /// <summary>Each activity's position among the log's activity names in ordinal order.</summary>
    private static int[] NameRanks(EventLog log)
    {
        var ids = Enumerable.Range(0, log.Activities.Count).ToArray();
        Array.Sort(ids, (x, y) => string.CompareOrdinal(log.Activities[x], log.Activities[y]));
        var rank = new int[ids.Length];
        for (var r = 0; r < ids.Length; r++)
        {
            rank[ids[r]] = r;
        }

        return rank;
    }

    /// <summary>Element-wise comparison of activity names by their ordinal ranks, a shorter prefix first.</summary>
    private static int CompareSequences(int[] rank, ReadOnlySpan<ushort> x, ReadOnlySpan<ushort> y)
    {
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i] != y[i])
            {
                return rank[x[i]].CompareTo(rank[y[i]]);
            }
        }

        return x.Length.CompareTo(y.Length);
    }
}
