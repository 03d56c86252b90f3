using System.Collections.Concurrent;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>Duration summaries with discrete quantiles found by selection (no full sort).</summary>
internal static class Quantiles
{
    public static DurationSummary Summarize(Span<long> values)
    {
        if (values.IsEmpty)
        {
            return DurationSummary.Empty;
        }

        var (min, max, mean) = MinMaxMean(values);
        var p90Index = Index(values.Length, 0.9);
        long p90, median;
        if (values.Length > RadixFrom)
        {
            p90 = RadixSelect(values, p90Index, min, max);
            median = RadixSelect(values, Index(values.Length, 0.5), min, max);
        }
        else
        {
            p90 = Select(values, p90Index);
            // Selection leaves everything below the p90 index on its left, where the median must be.
            median = Select(values[..(p90Index + 1)], Index(values.Length, 0.5));
        }

        return new DurationSummary(values.Length, TimeSpan.FromTicks(mean), TimeSpan.FromTicks(median), TimeSpan.FromTicks(p90), TimeSpan.FromTicks(min), TimeSpan.FromTicks(max));
    }

    /// <summary>
    /// The same summary of a list in blocks: short lists are copied together and summarised as a span; long ones are
    /// read where they lie (<see cref="ListSelect"/>), so the list is never copied whole.
    /// </summary>
    public static DurationSummary Summarize(LongList list)
    {
        if (list.Count <= RadixFrom || list.SegmentCount == 1)
        {
            return SummarizeShort(list);
        }

        var (min, max, mean) = MinMaxMean(list);
        Span<int> ranks = [Index(list.Count, 0.5), Index(list.Count, 0.9)];
        Span<long> found = stackalloc long[2];
        ListSelect.Select(list, ranks, found, min, max);
        return new DurationSummary(list.Count, TimeSpan.FromTicks(mean), TimeSpan.FromTicks(found[0]), TimeSpan.FromTicks(found[1]), TimeSpan.FromTicks(min), TimeSpan.FromTicks(max));
    }

    /// <summary>Summaries of several lists at once, spread over the cores, the longest lists first (their sizes are
    /// skewed: a few edges hold most waits, and one started last would leave the other cores idle while it ends).</summary>
    public static DurationSummary[] SummarizeAll(IReadOnlyList<LongList?> lists)
    {
        var result = new DurationSummary[lists.Count];
        var total = 0L;
        var order = new int[lists.Count];
        var sizes = new int[lists.Count];
        for (var i = 0; i < lists.Count; i++)
        {
            (order[i], sizes[i]) = (i, -(lists[i]?.Count ?? 0));
            total += lists[i]?.Count ?? 0;
        }

        Array.Sort(sizes, order);
        // Small inputs are summarised faster than the cores can be woken up. One list at a time is handed out, so a
        // core that ends a long list takes the next one rather than a range fixed at the start.
        var parallel = PassOptions.For(total < 200_000 ? 1 : -1, CancellationToken.None);
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), parallel,
            i => result[i] = lists[i] is { } list ? Summarize(list) : DurationSummary.Empty);
        return result;
    }

    private static DurationSummary SummarizeShort(LongList list)
    {
        if (list.SegmentCount == 1)
        {
            return Summarize(list.Segment(0));
        }

        var rented = System.Buffers.ArrayPool<long>.Shared.Rent(list.Count);
        try
        {
            var at = 0;
            for (var s = 0; s < list.SegmentCount; s++)
            {
                list.Segment(s).CopyTo(rented.AsSpan(at));
                at += list.Segment(s).Length;
            }

            return Summarize(rented.AsSpan(0, at));
        }
        finally
        {
            System.Buffers.ArrayPool<long>.Shared.Return(rented);
        }
    }

    private static (long Min, long Max, long Mean) MinMaxMean(LongList list)
    {
        long min = long.MaxValue, max = long.MinValue;
        Int128 sum = 0;
        for (var s = 0; s < list.SegmentCount; s++)
        {
            long part = 0;
            foreach (var v in list.Segment(s))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
                var next = unchecked(part + v);
                if (((part ^ next) & (v ^ next)) < 0)
                {
                    sum += part; // the block's running sum would overflow: carry it into the wide one
                    next = v;
                }

                part = next;
            }

            sum += part;
        }

        return (min, max, (long)(sum / list.Count));
    }

    private static (long Min, long Max, long Mean) MinMaxMean(ReadOnlySpan<long> values)
    {
        long min = long.MaxValue, max = long.MinValue, sum = 0;
        var overflow = false;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            var next = unchecked(sum + v);
            overflow |= ((sum ^ next) & (v ^ next)) < 0;
            sum = next;
        }

        return (min, max, overflow ? WideMean(values) : sum / values.Length);
    }

    private static long WideMean(ReadOnlySpan<long> values)
    {
        Int128 sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        return (long)(sum / values.Length);
    }

    /// <summary>Nearest rank: ceil(n * q) - 1, the smallest value whose cumulative share reaches q (DuckDB's quantile_disc).</summary>
    public static int Index(int count, double q) => Math.Max(0, (int)Math.Ceiling(count * q) - 1);

    /// <summary>The k-th smallest value (0-based), reordering the span (Hoare selection, median-of-three).</summary>
    public static long Select(Span<long> values, int k)
    {
        int left = 0, right = values.Length - 1;
        while (left < right)
        {
            var mid = left + ((right - left) >> 1);
            var pivot = MedianOfThree(values[left], values[mid], values[right]);
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot) { i++; }
                while (values[j] > pivot) { j--; }
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }

    /// <summary>Spans longer than this are selected by <see cref="RadixSelect"/>.</summary>
    internal const int RadixFrom = 4096;

    private const int RadixBits = 11;

    /// <summary>
    /// The k-th smallest value (0-based) without reordering: counts the values into 2,048 buckets of their offset from
    /// the minimum, finds the bucket that holds rank k, and selects within the values of that bucket alone (again by
    /// buckets while they are many). Three reads of the span where quickselect swaps through it several times.
    /// </summary>
    internal static long RadixSelect(ReadOnlySpan<long> values, int k, long min, long max)
    {
        if (min == max)
        {
            return min;
        }

        var range = unchecked((ulong)(max - min));
        var shift = Math.Max(0, 64 - System.Numerics.BitOperations.LeadingZeroCount(range) - RadixBits);
        Span<int> counts = stackalloc int[1 << RadixBits];
        foreach (var v in values)
        {
            counts[(int)(unchecked((ulong)(v - min)) >> shift)]++;
        }

        var bucket = 0;
        while (k >= counts[bucket])
        {
            k -= counts[bucket];
            bucket++;
        }

        var inBucket = counts[bucket];
        var rented = TablePool<long>.Arrays.Rent(inBucket);
        try
        {
            var n = 0;
            long low = long.MaxValue, high = long.MinValue;
            foreach (var v in values)
            {
                if ((int)(unchecked((ulong)(v - min)) >> shift) == bucket)
                {
                    rented[n++] = v;
                    low = Math.Min(low, v);
                    high = Math.Max(high, v);
                }
            }

            var part = rented.AsSpan(0, n);
            if (n <= RadixFrom || n == values.Length)
            {
                return low == high ? low : Select(part, k);
            }

            return RadixSelect(part, k, low, high);
        }
        finally
        {
            TablePool<long>.Arrays.Return(rented);
        }
    }

    private static long MedianOfThree(long a, long b, long c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
