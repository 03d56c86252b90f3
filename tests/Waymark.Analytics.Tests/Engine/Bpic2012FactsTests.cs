using Waymark.Analytics.Engine;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

/// <summary>The published BPIC2012 figures (../shared/data/README.md), activity = concept:name, every lifecycle event kept.</summary>
public sealed class Bpic2012FactsTests
{
    [SharedDataFact("bpic2012.xes.gz")]
    public void Funnel_Bpic2012OrderedWithin30Days_ReachesPublishedCounts()
    {
        var steps = new[] { "A_SUBMITTED", "A_PREACCEPTED", "A_ACCEPTED", "A_FINALIZED", "O_SENT", "O_ACCEPTED" };
        var options = new FunnelOptions { Steps = [.. steps.Select(FunnelStep.Of)], Window = TimeSpan.FromDays(30) };

        var result = Analyze.Funnel(SharedLogs.Bpic2012, options);

        Assert.Equal([13087L, 7367, 5113, 5015, 5015, 2055], result.Steps.Select(s => s.Customers));
    }

    [SharedDataFact("bpic2012.xes.gz")]
    public void Flow_Bpic2012_Has125DirectlyFollowsEdges()
    {
        var graph = Analyze.Flow(SharedLogs.Bpic2012);

        Assert.Equal(125, graph.Edges.Count);
        Assert.Equal(262_200 - 13_087, graph.Edges.Sum(e => e.Events));
        Assert.Equal(13_087, graph.Nodes.Sum(n => n.Starts));
    }

    [SharedDataFact("bpic2012.xes.gz")]
    public void Variants_Bpic2012_Has4366Variants()
    {
        var variants = Analyze.Variants(SharedLogs.Bpic2012, new VariantOptions { Top = 5 });

        Assert.Equal(4_366, variants.VariantCount);
        Assert.Equal(13_087, variants.Customers);
        Assert.Equal(5, variants.Top.Count);
    }

    [SharedDataFact("bpic2012.xes.gz")]
    public void Stats_Bpic2012_EveryCaseSubmits()
    {
        var stats = Analyze.Stats(SharedLogs.Bpic2012);

        Assert.Equal(262_200, stats.Events);
        Assert.Equal(13_087, stats.Activities.Single(a => a.Activity == "A_SUBMITTED").Customers);
    }
}
