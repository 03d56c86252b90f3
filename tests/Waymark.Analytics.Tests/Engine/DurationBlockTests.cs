using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Tests.Engine;

/// <summary>The flow pass writes each edge's durations, and the statistics each activity's first times, into blocks of
/// their own that move to a list when full and at the merge: the figures must equal those of every value gathered by
/// hand.</summary>
public sealed class DurationBlockTests
{
    private static readonly string[] Names = ["a", "b", "c"];

    [Fact]
    public void Flow_EdgesOverManyBlocksAndThreads_EqualEveryDurationGatheredByHand()
    {
        var (log, journeys) = ThreeActivities(new Random(11));
        var expected = new Dictionary<(string, string), (List<long> Durations, HashSet<int> Customers)>();
        for (var c = 0; c < journeys.Count; c++)
        {
            for (var i = 1; i < journeys[c].Count; i++)
            {
                var ((from, previous), (to, at)) = (journeys[c][i - 1], journeys[c][i]);
                var edge = expected.TryGetValue((from, to), out var e) ? e : expected[(from, to)] = ([], []);
                edge.Durations.Add(at - previous);
                edge.Customers.Add(c);
            }
        }

        var graph = Analyze.Flow(log);

        Assert.Equal(expected.Count, graph.Edges.Count);
        foreach (var edge in graph.Edges)
        {
            var (durations, customers) = expected[(edge.From, edge.To)];
            Assert.Equal((durations.Count, customers.Count), ((int)edge.Events, (int)edge.Customers));
            Assert.Equal(Quantiles.Summarize(durations.ToArray().AsSpan()), edge.Duration);
        }
    }

    [Fact]
    public void Stats_FirstTimesOverManyBlocksAndThreads_EqualEveryFirstTimeGatheredByHand()
    {
        var (log, journeys) = ThreeActivities(new Random(12));
        var expected = Names.ToDictionary(n => n, _ => new List<long>(), StringComparer.Ordinal);
        foreach (var journey in journeys)
        {
            foreach (var name in Names)
            {
                var at = journey.FindIndex(e => e.Activity == name);
                if (at >= 0)
                {
                    expected[name].Add(journey[at].Ticks - journey[0].Ticks);
                }
            }
        }

        var stats = Analyze.Stats(log);

        Assert.Equal(Names.Order(StringComparer.Ordinal), stats.Activities.Select(a => a.Activity).Order(StringComparer.Ordinal));
        foreach (var activity in stats.Activities)
        {
            Assert.Equal(expected[activity.Activity].Count, activity.Customers);
            Assert.Equal(Quantiles.Summarize(expected[activity.Activity].ToArray().AsSpan()), activity.TimeToFirst);
        }
    }

    [Fact]
    public void AddBlock_FilledElsewhere_KeepsItsValuesBesideTheAddedOnes()
    {
        var list = new LongList();
        list.Add(1);
        var block = BlockPool.Rent(LongList.NextBlockSize(0));
        block[0] = 2;
        block[1] = 3;

        list.AddBlock(block, 2);
        list.AddBlock(BlockPool.Rent(16), 0);
        list.Add(4);

        Assert.Equal(new long[] { 1, 2, 3, 4 }, list.ToArray());
        Assert.Equal(4, list.Count);
        list.Release();
    }

    /// <summary>12,000 customers of 12 events over 3 activities (~15,000 transitions an edge): blocks fill,
    /// grow and are handed on, and the customers are split over several chunks whose figures are merged.</summary>
    private static (EventLog Log, List<List<(string Activity, long Ticks)>> Journeys) ThreeActivities(Random random)
    {
        var builder = new EventLogBuilder();
        var journeys = new List<List<(string, long)>>();
        for (var c = 0; c < 12_000; c++)
        {
            var journey = new List<(string, long)>();
            var at = TestTicks + (random.Next(1_000) * TimeSpan.TicksPerSecond);
            for (var i = 0; i < 12; i++)
            {
                at += random.Next(1, 5_000) * TimeSpan.TicksPerSecond;
                var activity = Names[random.Next(3)];
                builder.Add("c" + c.ToString(CultureInfo.InvariantCulture), at, activity, "");
                journey.Add((activity, at));
            }

            journeys.Add(journey);
        }

        return (builder.Build(), journeys);
    }

    private static long TestTicks => new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
}
