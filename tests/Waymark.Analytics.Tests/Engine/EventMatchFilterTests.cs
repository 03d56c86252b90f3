using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

/// <summary><see cref="EventFilter.Events"/>: an analysis sees only the events that match a binding.</summary>
public sealed class EventMatchFilterTests
{
    [Fact]
    public void Flow_EventsFilter_ShowsOnlyMatchingEventsAndConnectsAcrossHiddenOnes()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "X@1", "B@2")
            .Customer("c2", "X@0", "Y@1")
            .Build();

        var graph = Analyze.Flow(log, new FlowOptions { Filter = new EventFilter { Events = [EventMatch.Of("A", "B")] } });

        Assert.Equal(["A", "B"], graph.Nodes.Select(n => n.Activity).Order());
        var ab = Assert.Single(graph.Edges);
        Assert.Equal(("A", "B", TimeSpan.FromMinutes(2)), (ab.From, ab.To, ab.Duration.Median));
        Assert.Equal((1L, 2L), (graph.Customers, graph.Events));
    }

    [Fact]
    public void Flow_EventsFilterWithCondition_KeepsOnlyEventsWhereItHolds()
    {
        var builder = new EventLogBuilder();
        Add(builder, "c1", 0, "Start");
        builder.AddProperty("integration", "chat");
        Add(builder, "c1", 1, "Connected");
        Add(builder, "c2", 0, "Start");
        builder.AddProperty("integration", "mail");
        Add(builder, "c2", 1, "Connected");
        var log = builder.Build();
        var matches = new[] { EventMatch.Of("Start"), new EventMatch(["Connected"], [new PropertyCondition("integration", "chat")]) };

        var graph = Analyze.Flow(log, new FlowOptions { Filter = new EventFilter { Events = matches } });

        var connected = graph.Nodes.Single(n => n.Activity == "Connected");
        Assert.Equal((1L, 1L), (connected.Events, connected.Customers));
        Assert.Equal(2, graph.Customers);
    }

    [Fact]
    public void Variants_EventsFilterAndDid_JudgesDidOnEveryEventBeforeHiding()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "X@1", "B@2")
            .Customer("c2", "A@0", "B@2")
            .Build();
        var filter = new EventFilter { Did = ["X"], Events = [EventMatch.Of("A", "B")] };

        var variants = Analyze.Variants(log, new VariantOptions { Filter = filter });

        var only = Assert.Single(variants.Top);
        Assert.Equal(["A", "B"], only.Activities);
        Assert.Equal(1, variants.Customers);
    }

    [Fact]
    public void Stats_EventsFilterWithTimeRange_AppliesBoth()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "B@10", "A@20", "C@30")
            .Build();
        var filter = new EventFilter { To = TestLog.Origin.AddMinutes(25), Events = [EventMatch.Of("A", "C")] };

        var stats = Analyze.Stats(log, new StatsOptions { Filter = filter });

        var a = Assert.Single(stats.Activities);
        Assert.Equal(("A", 2L), (a.Activity, a.Events));
    }

    [Fact]
    public void Flow_EventsFilterNamingUnknownKeyOrActivity_KeepsNothingOfIt()
    {
        var log = new TestLog().Customer("c1", "A@0", "B@1").Build();
        var matches = new[] { EventMatch.Of("Nope"), new EventMatch(["A"], [new PropertyCondition("k", "v")]) };

        var graph = Analyze.Flow(log, new FlowOptions { Filter = new EventFilter { Events = matches } });

        Assert.Empty(graph.Nodes);
        Assert.Equal(0, graph.Customers);
    }

    /// <summary>
    /// The activity-only path (no copy while every event is kept, a branch-free copy after the first dropped one) against
    /// an independent computation: the same analyses on a log built with only the kept events. Random journeys with
    /// repeats, runs of kept and dropped events, and a time range in half the cases (the event filter's own buffer then
    /// feeds the match).
    /// </summary>
    [Fact]
    public void Process_ActivityMatches_EqualTheLogOfOnlyTheKeptEvents()
    {
        var random = new Random(20261207);
        for (var round = 0; round < 200; round++)
        {
            var full = new TestLog();
            var kept = new TestLog();
            var mapped = "ABCDEFG".Where(_ => random.Next(3) > 0).Select(c => c.ToString()).ToArray();
            var ranged = random.Next(2) == 0;
            var (from, to) = (random.Next(0, 20), random.Next(20, 60));
            for (var c = 0; c < 40; c++)
            {
                var events = Enumerable.Range(0, random.Next(1, 25))
                    .Select(i => (Activity: ((char)('A' + random.Next(7))).ToString(), Minute: (i * 3) + random.Next(3)))
                    .ToList();
                full.Customer($"c{c}", [.. events.Select(e => $"{e.Activity}@{e.Minute}")]);
                var visible = events.Where(e => mapped.Contains(e.Activity) && (!ranged || (e.Minute >= from && e.Minute < to))).ToList();
                if (visible.Count > 0)
                {
                    kept.Customer($"c{c}", [.. visible.Select(e => $"{e.Activity}@{e.Minute}")]);
                }
            }

            var filter = new EventFilter
            {
                Events = [EventMatch.Of(mapped)],
                From = ranged ? TestLog.Origin.AddMinutes(from) : null,
                To = ranged ? TestLog.Origin.AddMinutes(to) : null,
            };
            var options = new ProcessOptions { ActivityPercent = 100, PathPercent = 100, Top = 50, WithStats = true };
            var actual = Analyze.Process(full.Build(), options with { Filter = filter });
            var expected = Analyze.Process(kept.Build(), options);

            Assert.Equal(Describe(expected), Describe(actual));
        }
    }

    private static string Describe(ProcessResult result) => string.Join("\n",
        $"customers {result.Flow.Customers} events {result.Flow.Events}",
        string.Join("; ", result.Flow.Edges.OrderBy(e => (e.From, e.To)).Select(e => $"{e.From}>{e.To} {e.Events}/{e.Customers} {e.Duration.Median}")),
        string.Join("; ", result.Variants.Top.Select(v => $"{string.Join("", v.Activities)} {v.Customers} {v.MedianDuration}")),
        string.Join("; ", result.Stats!.Activities.OrderBy(a => a.Activity).Select(a => $"{a.Activity} {a.Events}/{a.Customers}")));

    private static void Add(EventLogBuilder builder, string customer, int minutes, string activity) =>
        builder.Add(customer, TestLog.Origin.AddMinutes(minutes).UtcTicks, activity, "");
}
