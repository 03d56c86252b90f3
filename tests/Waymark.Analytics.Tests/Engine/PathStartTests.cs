using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

/// <summary>Paths anchored on a step (several activities, conditions), backward, and the complete paths listed.</summary>
public sealed class PathStartTests
{
    private static readonly EventLog Log = new TestLog()
        .Customer("c1", "X@0", "A@1", "B@2", "C@3")
        .Customer("c2", "A@0", "B@1")
        .Customer("c3", "A@0", "C@1", "C@2")
        .Customer("c4", "B@0")
        .Build();

    private static long Node(PathResult result, int step, string activity) =>
        result.Nodes.Single(n => n.Step == step && n.Activity == activity).Journeys;

    private static string[] Chains(PathResult result) =>
        [.. result.Paths.Select(p => $"{string.Join(">", p.Activities)}={p.Journeys}")];

    [Fact]
    public void Paths_StartStepWithTwoActivities_AnchorsOnEitherAsOneNode()
    {
        var result = Analyze.Paths(Log, new PathOptions { Start = new FunnelStep("A or B", ["A", "B"]), Depth = 3 });

        Assert.Equal(4, result.Journeys);
        Assert.Equal("A or B", Assert.Single(result.Nodes, n => n.Step == 0).Activity);
        Assert.Equal(4, Node(result, 0, "A or B"));
        Assert.Equal((2L, 1L), (Node(result, 1, "B"), Node(result, 1, "C")));
        Assert.Equal(2, result.Edges.Single(e => e.FromStep == 0 && e.From == "A or B" && e.To == "B").Journeys);
        Assert.Equal(["A or B=1", "A or B>B=1", "A or B>B>C=1", "A or B>C>C=1"], Chains(result).Order(StringComparer.Ordinal));
        Assert.All(result.Paths, p => Assert.Equal(0.25, p.ShareOfStart, 9));
    }

    [Fact]
    public void Paths_StartStepWithCondition_AnchorsOnlyWhereItHolds()
    {
        var b = new EventLogBuilder();
        b.AddProperty("plan", "pro");
        b.Add("c1", 0, "View", "");
        b.Add("c1", 1, "Buy", "");
        b.AddProperty("plan", "basic");
        b.Add("c2", 0, "View", "");
        b.Add("c2", 1, "Leave", "");
        var log = b.Build();
        var step = new FunnelStep("Pro view", ["View"]) { Conditions = [new PropertyCondition("plan", "pro")] };

        var result = Analyze.Paths(log, new PathOptions { Start = step, Depth = 2 });

        Assert.Equal(1, result.Journeys);
        Assert.Equal(1, Node(result, 1, "Buy"));
        Assert.DoesNotContain(result.Nodes, n => n.Activity == "Leave");
    }

    [Fact]
    public void Paths_StartStepBackwardWithCollapse_WalksBackFromTheRunOfItsFirstEvent()
    {
        var result = Analyze.Paths(Log, new PathOptions { Start = new FunnelStep("C", ["C"]), Backward = true, Depth = 3, CollapseRepeats = true });

        Assert.True(result.Towards);
        Assert.Equal(2, result.Journeys);
        Assert.Equal((1L, 1L), (Node(result, 1, "A"), Node(result, 2, "A")));
        Assert.Equal(["C>A=1", "C>B>A=1"], Chains(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Paths_NoAnchorBackward_StartsAtEachJourneysLastEvent()
    {
        var result = Analyze.Paths(Log, new PathOptions { Backward = true, Depth = 2 });

        Assert.Equal(4, result.Journeys);
        Assert.Equal((2L, 2L), (Node(result, 0, "C"), Node(result, 0, "B")));
        Assert.Equal(1, Node(result, 1, "C"));
    }

    [Fact]
    public void Paths_NarrowWidth_FoldsCompletePathsLikeTheNodes()
    {
        var result = Analyze.Paths(Log, new PathOptions { From = "A", Depth = 3, Width = 1 });

        Assert.Equal(3, result.PathCount);
        Assert.Equal(["A>B=1", "A>B>C=1", "A>other>C=1"], Chains(result).Order(StringComparer.Ordinal));
        Assert.Equal(result.Journeys, result.Paths.Sum(p => p.Journeys));
    }

    [Fact]
    public void Paths_TopPaths_ListsOnlyTheMostCommonButCountsAll()
    {
        var result = Analyze.Paths(Log, new PathOptions { Depth = 2, TopPaths = 1 });

        Assert.Equal(4, result.PathCount);
        Assert.Single(result.Paths);
    }
}
