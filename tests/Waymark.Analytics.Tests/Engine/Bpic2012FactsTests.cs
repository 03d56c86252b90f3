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
}
