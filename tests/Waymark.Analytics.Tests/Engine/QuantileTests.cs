using Waymark.Analytics.Engine.Internals;

namespace Waymark.Analytics.Tests.Engine;

public sealed class QuantileTests
{
    public static TheoryData<string> Shapes => ["uniform", "skewed", "duplicates", "extremes", "negative", "one outlier"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Summarize_LargeSpans_MedianAndP90AreTheSortedOnes(string shape)
    {
        // Above RadixFrom the median and p90 come from the bucket selection: every shape must give exactly the
        // nearest-rank values of the sorted list, as the quickselect below it does.
        var random = new Random(shape.Length);
        foreach (var count in new[] { Quantiles.RadixFrom + 1, 50_000, 200_003 })
        {
            var values = Enumerable.Range(0, count).Select(_ => Value(shape, random)).ToArray();
            var sorted = values.Order().ToArray();

            var summary = Quantiles.Summarize(values.ToArray());

            Assert.Equal(sorted[Quantiles.Index(count, 0.5)], summary.Median.Ticks);
            Assert.Equal(sorted[Quantiles.Index(count, 0.9)], summary.P90.Ticks);
            Assert.Equal(sorted[0], summary.Min.Ticks);
            Assert.Equal(sorted[^1], summary.Max.Ticks);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Summarize_ListsInBlocks_EqualTheSortedValues(string shape)
    {
        // A list in pooled blocks is selected where it lies (ListSelect): lists built by adding and by moving other
        // lists' blocks in must give the same nearest-rank figures as the sorted values, for every shape.
        var random = new Random(shape.Length + 7);
        foreach (var count in new[] { 3, Quantiles.RadixFrom + 1, 70_001, 250_000 })
        {
            var values = Enumerable.Range(0, count).Select(_ => Value(shape, random)).ToArray();
            var sorted = values.Order().ToArray();
            var list = new LongList();
            var other = new LongList();
            foreach (var (v, i) in values.Select((v, i) => (v, i)))
            {
                (i % 3 == 0 ? other : list).Add(v);
            }

            list.MoveFrom(other);

            var summary = Quantiles.Summarize(list);

            Assert.Equal(count, summary.Count);
            Assert.Equal(sorted[Quantiles.Index(count, 0.5)], summary.Median.Ticks);
            Assert.Equal(sorted[Quantiles.Index(count, 0.9)], summary.P90.Ticks);
            Assert.Equal(sorted[0], summary.Min.Ticks);
            Assert.Equal(sorted[^1], summary.Max.Ticks);
            Assert.Equal(Quantiles.Summarize(values).Mean, summary.Mean);
            list.Release();
        }
    }

    [Fact]
    public void BucketOf_OffsetsInOrder_NeverDecreaseAndStayInRange()
    {
        var offsets = new List<ulong> { 0, 1, 127, 128, 129, 255, 256, 257, ulong.MaxValue - 1, ulong.MaxValue };
        var random = new Random(5);
        offsets.AddRange(Enumerable.Range(0, 20_000).Select(_ => (ulong)random.NextInt64() >> random.Next(0, 63)));
        offsets.Sort();
        var previous = -1;
        foreach (var offset in offsets)
        {
            var bucket = ListSelect.BucketOf(offset);
            Assert.True(bucket >= previous, $"bucket of {offset} is {bucket}, below {previous}");
            previous = bucket;
        }

        Assert.True(ListSelect.BucketOf(ulong.MaxValue) < (58 << 7));
    }

    [Fact]
    public void RangeOf_EveryBucket_HoldsExactlyTheOffsetsOfThatBucket()
    {
        for (var bucket = 0; bucket <= ListSelect.BucketOf(ulong.MaxValue); bucket++)
        {
            var (low, width) = ListSelect.RangeOf(bucket);
            var high = low + width;
            Assert.Equal(bucket, ListSelect.BucketOf(low));
            Assert.Equal(bucket, ListSelect.BucketOf(high));
            Assert.Equal(bucket, ListSelect.BucketOf(low + (width / 2)));
            Assert.True(low == 0 || ListSelect.BucketOf(low - 1) == bucket - 1, $"the offset below bucket {bucket} is in the bucket before");
            Assert.True(high == ulong.MaxValue || ListSelect.BucketOf(high + 1) == bucket + 1, $"the offset above bucket {bucket} is in the next bucket");
        }
    }

    [Fact]
    public void RadixSelect_EveryRankOfASkewedSpan_IsTheSortedValue()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 9_000).Select(_ => Value("skewed", random)).ToArray();
        var sorted = values.Order().ToArray();
        for (var k = 0; k < values.Length; k += 97)
        {
            Assert.Equal(sorted[k], Quantiles.RadixSelect(values, k, sorted[0], sorted[^1]));
        }
    }

    private static long Value(string shape, Random random) => shape switch
    {
        "uniform" => random.NextInt64(0, TimeSpan.TicksPerDay),
        // Most waits are seconds, a few are weeks: nearly everything falls in the first bucket of the first pass.
        "skewed" => (long)Math.Pow(10, random.NextDouble() * 12),
        "duplicates" => random.Next(0, 5) * TimeSpan.TicksPerMinute,
        "extremes" => random.Next(0, 3) switch { 0 => long.MinValue, 1 => long.MaxValue, _ => random.NextInt64() },
        "negative" => -random.NextInt64(0, TimeSpan.TicksPerHour),
        _ => random.Next(0, 10_000) == 0 ? long.MaxValue / 2 : random.Next(0, 1000),
    };
}
