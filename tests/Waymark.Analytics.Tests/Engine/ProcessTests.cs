using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

/// <summary><see cref="Analyze.Process"/> gives what Flow, Variants and Stats give alone, and the flow graph it
/// shows stays connected at every coverage.</summary>
public sealed class ProcessTests
{
    [Theory]
    [InlineData(1, "period", 400)]
    [InlineData(2, "period", 400)]
    [InlineData(3, "period", 400)]
    [InlineData(4, "map", 400)]
    [InlineData(5, "map", 400)]
    [InlineData(6, "none", 400)]
    // Enough customers for several chunks: the passes (one shared pass when the scope filters) merge threads' figures.
    [InlineData(11, "map", 6000)]
    [InlineData(12, "period", 6000)]
    [InlineData(13, "none", 6000)]
    public void Process_RandomLogs_EqualsTheSeparateAnalyses(int seed, string scope, int customers)
    {
        var log = RandomLog(new Random(seed), customers);
        // The Explore page's process map of a journey map keeps only the events that match the map's steps.
        var filter = scope switch
        {
            "map" => new EventFilter { Events = [EventMatch.Of("start-a"), EventMatch.Of("a2", "a3"), EventMatch.Of("a5"), EventMatch.Of("a7")] },
            "period" => new EventFilter { From = TestLog.Origin.AddMinutes(30) },
            _ => default,
        };

        var process = Analyze.Process(log, new ProcessOptions { Filter = filter, ActivityPercent = 80, PathPercent = 60, Top = 5, WithStats = true });

        var flow = Analyze.Flow(log, new FlowOptions { Filter = filter, ActivityPercent = 80, PathPercent = 60 });
        Assert.Equal(flow.Nodes, process.Flow.Nodes);
        Assert.Equal(flow.Edges, process.Flow.Edges);
        Assert.Equal((flow.Customers, flow.Events), (process.Flow.Customers, process.Flow.Events));
        var variants = Analyze.Variants(log, new VariantOptions { Filter = filter, Top = 5 });
        Assert.Equal((variants.Customers, variants.VariantCount), (process.Variants.Customers, process.Variants.VariantCount));
        Assert.Equal(variants.Top.Select(Describe), process.Variants.Top.Select(Describe));
        Assert.Equal(Analyze.Stats(log, new StatsOptions { Filter = filter }).Activities, process.Stats!.Activities);
    }

    [Fact]
    public void Process_WithoutStats_LeavesStatsNull()
    {
        var log = new TestLog().Customer("c1", "A@0", "B@1").Build();

        var process = Analyze.Process(log, new ProcessOptions());

        Assert.Null(process.Stats);
        Assert.Equal(2, process.Flow.Nodes.Count);
        Assert.Single(process.Variants.Top);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void Flow_EveryCoverage_EveryShownNodeIsReachableFromAStartAndReachesAnEnd(int seed)
    {
        var log = RandomLog(new Random(seed), 300);
        foreach (var activities in new[] { 0, 5, 20, 40, 60, 80, 95, 100 })
        {
            foreach (var paths in new[] { 0, 1, 10, 30, 50, 70, 90, 100 })
            {
                var graph = Analyze.Flow(log, new FlowOptions { ActivityPercent = activities, PathPercent = paths });
                AssertConnected(graph, $"activities {activities}%, paths {paths}%");
            }
        }
    }

    /// <summary>Every node is reached from a start activity over shown edges, and reaches an end activity.</summary>
    internal static void AssertConnected(FlowGraph graph, string at)
    {
        var nodes = graph.Nodes.Select(n => n.Activity).ToHashSet(StringComparer.Ordinal);
        Assert.All(graph.Edges, e => Assert.True(nodes.Contains(e.From) && nodes.Contains(e.To), $"{at}: edge {e.From}->{e.To} to a hidden node"));
        var forward = Reach(graph.Nodes.Where(n => n.Starts > 0).Select(n => n.Activity), graph.Edges.Select(e => (e.From, e.To)));
        var backward = Reach(graph.Nodes.Where(n => n.Ends > 0).Select(n => n.Activity), graph.Edges.Select(e => (e.To, e.From)));
        Assert.All(nodes, n => Assert.True(forward.Contains(n) && backward.Contains(n), $"{at}: {n} is not between a start and an end"));
    }

    private static HashSet<string> Reach(IEnumerable<string> seeds, IEnumerable<(string From, string To)> edges)
    {
        var next = edges.ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        var reached = seeds.ToHashSet(StringComparer.Ordinal);
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var node))
        {
            foreach (var to in next[node].Where(reached.Add))
            {
                queue.Enqueue(to);
            }
        }

        return reached;
    }

    internal static string Describe(Variant v) => $"{string.Join('>', v.Activities)} {v.Customers} {v.MedianDuration.Ticks}";

    /// <summary>Journeys from one of two starts over 12 activities (a skewed choice of the next one, repeats, skips and
    /// ties), mostly to one of two outcomes.</summary>
    internal static EventLog RandomLog(Random random, int customers)
    {
        var builder = new EventLogBuilder();
        for (var c = 0; c < customers; c++)
        {
            var id = "c" + c.ToString(CultureInfo.InvariantCulture);
            var at = random.Next(0, 60);
            var activity = random.Next(0, 3);
            builder.Add(id, TestLog.Origin.AddMinutes(at).UtcTicks, random.Next(3) == 0 ? "start-b" : "start-a", "");
            for (var i = random.Next(0, 9); i > 0; i--)
            {
                at += random.Next(0, 4);
                builder.Add(id, TestLog.Origin.AddMinutes(at).UtcTicks, "a" + activity.ToString(CultureInfo.InvariantCulture), "");
                activity = Math.Min(11, Math.Max(0, activity + (random.NextDouble() < 0.7 ? 1 : random.Next(-2, 4))));
            }

            // Most journeys end at one of two outcomes, so the middle activities are rarely ends: a cut can strand them.
            if (random.Next(10) > 0)
            {
                builder.Add(id, TestLog.Origin.AddMinutes(at + random.Next(0, 4)).UtcTicks, random.Next(4) == 0 ? "lost" : "paid", "");
            }
        }

        return builder.Build();
    }
}
