using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Tests.Engine;

/// <summary>
/// The duration blocks and the selection copies are kept between analyses (<see cref="BlockPool"/>,
/// <see cref="TablePool{T}"/>): a second, different analysis gets the first one's buffers with its values still in
/// them, and its figures must be exactly those of its own values gathered by hand into fresh arrays.
/// </summary>
public sealed class PooledBufferTests
{
    [Fact]
    public void Rent_AnySize_GivesABlockOfThePowerOfTwoAboveIt()
    {
        var block = BlockPool.Rent(100);
        BlockPool.Return(block);

        Assert.Equal(128, block.Length);
        Assert.Equal(128, BlockPool.Rent(128).Length);
        Assert.Equal(16, BlockPool.Rent(1).Length);
        Assert.Equal(LongList.MaxBlock, BlockPool.Rent(LongList.MaxBlock + 5).Length);
    }

    [Fact]
    public void Flow_AfterAnotherLogsFlow_EachEdgeHoldsOnlyItsOwnDurations()
    {
        // The first log's waits are days (ties: whole days), the second's seconds with many ties and repeated
        // activities; every block and selection copy the second uses was filled by the first.
        var (before, _) = Journeys(new Random(31), TimeSpan.TicksPerDay, 40);
        var (log, journeys) = Journeys(new Random(32), TimeSpan.TicksPerSecond, 3_000);
        var expected = new Dictionary<(string, string), List<long>>();
        foreach (var journey in journeys)
        {
            for (var i = 1; i < journey.Count; i++)
            {
                var key = (journey[i - 1].Activity, journey[i].Activity);
                (expected.TryGetValue(key, out var list) ? list : expected[key] = []).Add(journey[i].Ticks - journey[i - 1].Ticks);
            }
        }

        _ = Analyze.Flow(before);
        var graph = Analyze.Flow(log);
        var again = Analyze.Flow(log);

        Assert.Equal(expected.Count, graph.Edges.Count);
        foreach (var edge in graph.Edges)
        {
            Assert.Equal(Quantiles.Summarize(expected[(edge.From, edge.To)].ToArray().AsSpan()), edge.Duration);
        }

        Assert.Equal(graph.Edges, again.Edges);
    }

    [Fact]
    public void Summarize_ListAfterALargerOne_SelectsFromItsOwnValuesOnly()
    {
        var random = new Random(33);
        var large = Fill(Enumerable.Range(0, 300_000).Select(_ => 1_000_000L + random.Next(50)));
        _ = Quantiles.Summarize(large);
        large.Release();
        var values = Enumerable.Range(0, 90_001).Select(_ => (long)random.Next(20) * random.Next(3)).ToArray();
        var sorted = values.Order().ToArray();

        var summary = Quantiles.Summarize(Fill(values));

        Assert.Equal(sorted[Quantiles.Index(values.Length, 0.5)], summary.Median.Ticks);
        Assert.Equal(sorted[Quantiles.Index(values.Length, 0.9)], summary.P90.Ticks);
        Assert.Equal((sorted[0], sorted[^1]), (summary.Min.Ticks, summary.Max.Ticks));
    }

    private static LongList Fill(IEnumerable<long> values)
    {
        var list = new LongList();
        foreach (var v in values)
        {
            list.Add(v);
        }

        return list;
    }

    /// <summary>Customers of 5-15 events over four activities (repeats), waits of 1 to <paramref name="most"/> units.</summary>
    private static (EventLog Log, List<List<(string Activity, long Ticks)>> Journeys) Journeys(Random random, long unit, int most)
    {
        string[] names = ["a", "b", "c", "d"];
        var builder = new EventLogBuilder();
        var journeys = new List<List<(string, long)>>();
        for (var c = 0; c < 8_000; c++)
        {
            var journey = new List<(string, long)>();
            var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
            for (var i = random.Next(5, 16); i > 0; i--)
            {
                at += random.Next(1, most) * unit;
                var activity = names[random.Next(names.Length)];
                builder.Add("c" + c.ToString(CultureInfo.InvariantCulture), at, activity, "");
                journey.Add((activity, at));
            }

            journeys.Add(journey);
        }

        return (builder.Build(), journeys);
    }
}
