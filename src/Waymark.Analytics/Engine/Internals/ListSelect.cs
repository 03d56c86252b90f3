using System.Buffers;
using System.Numerics;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Exact k-th smallest values of a <see cref="LongList"/> read where its blocks lie: one pass counts the values into
/// buckets of their offset from the minimum, one more copies out only the values of the buckets that hold the ranks
/// asked for (all ranks in the same pass), and those few are selected among themselves. The buckets are log-linear (each power of two split in
/// 128), so however skewed the waits (seconds for most, months for a few) the bucket of a rank holds a small share.
/// </summary>
internal static class ListSelect
{
    private const int SubBits = 7;
    private const int Buckets = (64 - SubBits + 1) << SubBits;

    /// <summary>found[i] = the ranks[i]-th smallest value (0-based); <paramref name="min"/> and <paramref name="max"/> bound the list.</summary>
    public static void Select(LongList list, ReadOnlySpan<int> ranks, Span<long> found, long min, long max)
    {
        if (min == max)
        {
            found.Fill(min);
            return;
        }

        var counts = ArrayPool<int>.Shared.Rent(Buckets);
        try
        {
            Array.Clear(counts, 0, Buckets);
            Count(list, min, counts);
            Span<int> bucketOf = stackalloc int[ranks.Length];
            Span<int> rankIn = stackalloc int[ranks.Length];
            for (var r = 0; r < ranks.Length; r++)
            {
                (bucketOf[r], rankIn[r]) = Locate(counts, ranks[r]);
            }

            SelectIn(list, min, counts, bucketOf, rankIn, found);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    /// <summary>The bucket of an offset from the minimum: offsets under 128 each have their own; above, each power
    /// of two is split into 128 equal parts. Never decreasing in the offset, so buckets keep the values' order.</summary>
    internal static int BucketOf(ulong offset)
    {
        if (offset < (1UL << SubBits))
        {
            return (int)offset;
        }

        var exponent = 63 - BitOperations.LeadingZeroCount(offset);
        var shift = exponent - SubBits;
        return ((shift + 1) << SubBits) + (int)((offset >> shift) & ((1UL << SubBits) - 1));
    }

    private static void Count(LongList list, long min, int[] counts)
    {
        for (var s = 0; s < list.SegmentCount; s++)
        {
            foreach (var v in list.Segment(s))
            {
                counts[BucketOf(unchecked((ulong)(v - min)))]++;
            }
        }
    }

    private static (int Bucket, int Rank) Locate(int[] counts, int k)
    {
        var bucket = 0;
        while (k >= counts[bucket])
        {
            k -= counts[bucket];
            bucket++;
        }

        return (bucket, k);
    }

    /// <summary>found[r] = the rankIn[r]-th smallest of the values in bucket bucketOf[r]: one more pass over the list
    /// copies out the values of every bucket asked for (the median's and the p90's at once), each bucket once.</summary>
    private static void SelectIn(LongList list, long min, int[] counts, ReadOnlySpan<int> bucketOf, ReadOnlySpan<int> rankIn, Span<long> found)
    {
        Span<int> buckets = stackalloc int[bucketOf.Length];
        var distinct = 0;
        foreach (var b in bucketOf)
        {
            if (!buckets[..distinct].Contains(b))
            {
                buckets[distinct++] = b;
            }
        }

        var parts = new long[distinct][];
        Span<int> used = stackalloc int[distinct];
        for (var d = 0; d < distinct; d++)
        {
            parts[d] = TablePool<long>.Arrays.Rent(counts[buckets[d]]);
        }

        try
        {
            Copy(list, min, buckets[..distinct], parts, used);
            for (var r = 0; r < bucketOf.Length; r++)
            {
                var d = buckets[..distinct].IndexOf(bucketOf[r]);
                found[r] = SelectOne(parts[d].AsSpan(0, used[d]), rankIn[r]);
            }
        }
        finally
        {
            foreach (var part in parts)
            {
                TablePool<long>.Arrays.Return(part);
            }
        }
    }

    private static void Copy(LongList list, long min, ReadOnlySpan<int> buckets, long[][] parts, Span<int> used)
    {
        // A bucket is a range of offsets, so a value is tested with one unsigned compare per bucket asked for
        // instead of computing its bucket again.
        Span<ulong> low = stackalloc ulong[buckets.Length];
        Span<ulong> width = stackalloc ulong[buckets.Length];
        for (var d = 0; d < buckets.Length; d++)
        {
            (low[d], width[d]) = RangeOf(buckets[d]);
        }

        for (var s = 0; s < list.SegmentCount; s++)
        {
            foreach (var v in list.Segment(s))
            {
                var offset = unchecked((ulong)(v - min));
                for (var d = 0; d < buckets.Length; d++)
                {
                    if (offset - low[d] <= width[d])
                    {
                        parts[d][used[d]++] = v;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>The offsets a bucket holds: from <c>Low</c> to <c>Low + Width</c> (the inverse of <see cref="BucketOf"/>).</summary>
    internal static (ulong Low, ulong Width) RangeOf(int bucket)
    {
        if (bucket < (1 << SubBits))
        {
            return ((ulong)bucket, 0);
        }

        var shift = (bucket >> SubBits) - 1;
        var part = (ulong)(bucket & ((1 << SubBits) - 1));
        return (((1UL << SubBits) + part) << shift, (1UL << shift) - 1);
    }

    /// <summary>The k-th smallest of one bucket's values (selection reorders them, so a second rank can be selected
    /// among the same values after it).</summary>
    private static long SelectOne(Span<long> part, int k)
    {
        long low = long.MaxValue, high = long.MinValue;
        foreach (var v in part)
        {
            low = Math.Min(low, v);
            high = Math.Max(high, v);
        }

        return low == high ? low
            : part.Length > Quantiles.RadixFrom ? Quantiles.RadixSelect(part, k, low, high)
            : Quantiles.Select(part, k);
    }
}
