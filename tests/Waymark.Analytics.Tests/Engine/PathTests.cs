using Waymark.Analytics.Engine;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

public sealed class PathTests
{
    private static readonly Waymark.Analytics.Events.EventLog Log = new TestLog()
        .Customer("c1", "X@0", "A@1", "B@2", "C@3")
        .Customer("c2", "A@0", "B@1")
        .Customer("c3", "A@0", "C@1", "C@2")
        .Customer("c4", "B@0")
        .Build();

    private static long Node(PathResult result, int step, string activity) =>
        result.Nodes.Single(n => n.Step == step && n.Activity == activity).Journeys;

    [Fact]
    public void Paths_FromActivity_CountsNodesEdgesAndDropOffs()
    {
        var result = Analyze.Paths(Log, new PathOptions { From = "A", Depth = 3 });

        Assert.Equal(3, result.Journeys);
        Assert.Equal(3, Node(result, 0, "A"));
        Assert.Equal((2L, 1L), (Node(result, 1, "B"), Node(result, 1, "C")));
        Assert.Equal(2, Node(result, 2, "C"));
        Assert.Equal(1, result.Nodes.Single(n => n.Step == 1 && n.Activity == "B").DropOff);
        Assert.Equal(2, result.Edges.Single(e => e.FromStep == 0 && e.To == "B").Journeys);
        Assert.Equal(2.0 / 3, result.Nodes.Single(n => n.Step == 1 && n.Activity == "B").ShareOfStart, 9);
    }

    [Fact]
    public void Paths_CollapseRepeats_TreatsARunAsOneStep()
    {
        var result = Analyze.Paths(Log, new PathOptions { From = "A", Depth = 3, CollapseRepeats = true });

        Assert.Equal(1, Node(result, 2, "C"));
    }

    [Fact]
    public void Paths_NarrowWidth_FoldsTailIntoOtherAndTotalsAddUp()
    {
        var result = Analyze.Paths(Log, new PathOptions { From = "A", Depth = 3, Width = 1 });

        Assert.Equal(1, Node(result, 1, PathResult.Other));
        for (var step = 1; step < 3; step++)
        {
            var reaching = result.Nodes.Where(n => n.Step == step).Sum(n => n.Journeys);
            var previous = result.Nodes.Where(n => n.Step == step - 1).Sum(n => n.Journeys - n.DropOff);
            Assert.Equal(previous, reaching);
        }
    }

    [Fact]
    public void Paths_TowardsActivity_WalksBackwardsFromItsFirstOccurrence()
    {
        var result = Analyze.Paths(Log, new PathOptions { To = "C", Depth = 2 });

        Assert.True(result.Towards);
        Assert.Equal(2, Node(result, 0, "C"));
        Assert.Equal((1L, 1L), (Node(result, 1, "B"), Node(result, 1, "A")));
    }

    [Fact]
    public void Paths_SessionGap_SplitsVisits()
    {
        var log = new TestLog().Customer("c1", "A@0", "B@1", "A@100", "C@101").Build();

        var result = Analyze.Paths(log, new PathOptions { From = "A", Depth = 2, SessionGap = TimeSpan.FromMinutes(30) });

        Assert.Equal(2, result.Journeys);
        Assert.Equal((1L, 1L), (Node(result, 1, "B"), Node(result, 1, "C")));
    }
}
