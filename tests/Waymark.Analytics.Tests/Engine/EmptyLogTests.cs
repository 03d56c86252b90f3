using Waymark.Analytics.Engine;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

public sealed class EmptyLogTests
{
    [Fact]
    public void Analyses_HeaderOnlyCsv_ReturnEmptyResults()
    {
        var log = InlineText.Import(InlineText.Lines("customer_id,activity,timestamp")).Log!;

        Assert.Equal(0, log.EventCount);
        Assert.Equal([0L, 0], Analyze.Funnel(log, new FunnelOptions { Steps = [FunnelStep.Of("A"), FunnelStep.Of("B")] }).Steps.Select(s => s.Customers));
        Assert.Empty(Analyze.Flow(log).Edges);
        Assert.Equal(0, Analyze.Variants(log).VariantCount);
        Assert.Equal(0, Analyze.Paths(log).Journeys);
        Assert.Empty(Analyze.Stats(log).Activities);
        Assert.Empty(Analyze.Trends(log));
    }

    [Fact]
    public void Trends_SequenceOnlyLog_AreEmpty()
    {
        var log = InlineText.Import(InlineText.Lines("a b", "1 2"), Waymark.Analytics.Import.ImportFormat.Sequence).Log!;

        Assert.Empty(Analyze.Trends(log));
    }
}
