using System.Buffers;
using System.Numerics;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Exact k-th smallest values of a <see cref="LongList"/> read where its blocks lie: one pass counts the values into
/// buckets of their offset from the minimum, one more copies out only the values of the buckets that hold the ranks
/// asked for, and those few are selected among themselves. The buckets are log-linear (each power of two split in
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

            for (var r = 0; r < ranks.Length; r++)
            {
                found[r] = SelectIn(list, min, bucketOf[r], counts[bucketOf[r]], rankIn[r]);
            }
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

    /// <summary>The k-th smallest of the values in one bucket, copied out of the list.</summary>
    private static long SelectIn(LongList list, long min, int bucket, int size, int k)
    {
        var rented = ArrayPool<long>.Shared.Rent(size);
        try
        {
            var n = 0;
            long low = long.MaxValue, high = long.MinValue;
            for (var s = 0; s < list.SegmentCount; s++)
            {
                foreach (var v in list.Segment(s))
                {
                    if (BucketOf(unchecked((ulong)(v - min))) == bucket)
                    {
                        rented[n++] = v;
                        low = Math.Min(low, v);
                        high = Math.Max(high, v);
                    }
                }
            }

            var part = rented.AsSpan(0, n);
            return low == high ? low
                : n > Quantiles.RadixFrom ? Quantiles.RadixSelect(part, k, low, high)
                : Quantiles.Select(part, k);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(rented);
        }
    }
}
