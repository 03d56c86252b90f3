using Waymark.Analytics.Engine;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

public sealed class FlowTests
{
    [Fact]
    public void Flow_SmallLog_CountsEdgesCustomersAndDurations()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "B@10", "C@20")
            .Customer("c2", "A@0", "B@5", "B@6")
            .Build();

        var graph = Analyze.Flow(log);

        var ab = graph.Edges.Single(e => e.From == "A" && e.To == "B");
        Assert.Equal((2L, 2L), (ab.Events, ab.Customers));
        Assert.Equal(TimeSpan.FromMinutes(5), ab.Duration.Median);
        Assert.Equal(TimeSpan.FromMinutes(7.5), ab.Duration.Mean);
        Assert.Equal(TimeSpan.FromMinutes(10), ab.Duration.Max);
        Assert.Equal(3, graph.Edges.Count);
        Assert.Equal(2, graph.StartActivities.Single().Starts);
        Assert.Equal(["B", "C"], graph.EndActivities.Select(n => n.Activity).Order());
    }

    [Fact]
    public void Flow_RepeatedEdgeWithinCustomer_CountsCustomerOnce()
    {
        var log = new TestLog().Customer("c1", "A@0", "B@1", "A@2", "B@3").Build();

        var ab = Analyze.Flow(log).Edges.Single(e => e.From == "A" && e.To == "B");

        Assert.Equal((2L, 1L), (ab.Events, ab.Customers));
    }

    [Fact]
    public void Flow_PathPercent_AddsBackEdgesSoKeptNodesStayConnected()
    {
        var builder = new TestLog();
        for (var i = 0; i < 10; i++)
        {
            builder.Customer("c" + i, "A@0", "B@1", "E@2");
        }

        var log = builder.Customer("rare", "A@0", "C@1", "E@2").Build();

        var graph = Analyze.Flow(log, new FlowOptions { PathPercent = 90 });

        Assert.Contains(graph.Edges, e => e.From == "A" && e.To == "C");
        Assert.Contains(graph.Edges, e => e.From == "C" && e.To == "E");
        Assert.Equal(4, graph.Nodes.Count);
    }

    [Fact]
    public void Flow_ActivityPercent_DropsRareActivitiesAndTheirEdges()
    {
        var builder = new TestLog();
        for (var i = 0; i < 10; i++)
        {
            builder.Customer("c" + i, "A@0", "B@1", "E@2");
        }

        var log = builder.Customer("rare", "A@0", "C@1", "E@2").Build();

        var graph = Analyze.Flow(log, new FlowOptions { ActivityPercent = 90 });

        Assert.Equal(["A", "B", "E"], graph.Nodes.Select(n => n.Activity).Order());
        Assert.DoesNotContain(graph.Edges, e => e.From == "C" || e.To == "C");
    }

    [Fact]
    public void Flow_NodeThatCannotReachAnEnd_IsDropped()
    {
        var builder = new TestLog();
        for (var i = 0; i < 10; i++)
        {
            builder.Customer("c" + i, "A@0", "B@1");
        }

        var log = builder.Customer("loop", "A@0", "D@1", "D@2", "B@3").Build();

        var graph = Analyze.Flow(log, new FlowOptions { PathPercent = 50 });

        Assert.All(graph.Nodes, n => Assert.True(n.Activity is "A" or "B" or "D"));
        Assert.Contains(graph.Edges, e => e.From == "D" && e.To == "B");
    }
}
