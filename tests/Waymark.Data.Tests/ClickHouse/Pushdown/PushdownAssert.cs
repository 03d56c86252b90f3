using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>Runs an analysis on both paths and asserts every figure equal.</summary>
internal static class PushdownAssert
{
    private static readonly TrendBucket[] NoTrend = [];

    public static async Task<StatsResult> SameStatsAsync(PushdownLogs logs, StatsOptions options = default)
    {
        var expected = await new InMemoryAnalyses(logs.Log).StatsAsync(options);
        var actual = await logs.Pushdown.StatsAsync(options);
        Assert.Equal(expected.Customers, actual.Customers);
        Assert.Equal(expected.Events, actual.Events);
        Assert.Equal(expected.Activities, actual.Activities);
        return actual;
    }

    public static async Task<FlowGraph> SameFlowAsync(PushdownLogs logs, FlowOptions options = default)
    {
        var expected = await new InMemoryAnalyses(logs.Log).FlowAsync(options);
        var actual = await logs.Pushdown.FlowAsync(options);
        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(expected.Edges, actual.Edges);
        Assert.Equal((expected.Customers, expected.Events, expected.AllNodes, expected.AllEdges), (actual.Customers, actual.Events, actual.AllNodes, actual.AllEdges));
        return actual;
    }

    public static async Task<FunnelResult> SameFunnelAsync(PushdownLogs logs, FunnelOptions options)
    {
        var expected = await new InMemoryAnalyses(logs.Log).FunnelAsync(options);
        var actual = await logs.Pushdown.FunnelAsync(options);
        Assert.Equal(expected.Steps, actual.Steps);
        Assert.Equal(expected.Excluded, actual.Excluded);
        Assert.Equal(expected.TimeToConvert, actual.TimeToConvert);
        Assert.Equal(expected.TimeToConvertSummary, actual.TimeToConvertSummary);
        return actual;
    }

    /// <summary>The overlay on both paths, equal field by field (a step's trend bucket by bucket).</summary>
    public static async Task<OverlayFigures> SameOverlayAsync(PushdownLogs logs, OverlayOptions options)
    {
        var expected = await new InMemoryAnalyses(logs.Log).OverlayAsync(options);
        var actual = await logs.Pushdown.OverlayAsync(options);
        Assert.Equal((expected.EntryStepId, expected.OutcomeStepId, expected.Entrants, expected.Outcome), (actual.EntryStepId, actual.OutcomeStepId, actual.Entrants, actual.Outcome));
        Assert.Equal(expected.UnboundStepIds, actual.UnboundStepIds);
        Assert.Equal(expected.Steps.Select(s => s with { Trend = NoTrend }), actual.Steps.Select(s => s with { Trend = NoTrend }));
        for (var i = 0; i < expected.Steps.Count; i++)
        {
            Assert.Equal(expected.Steps[i].Trend, actual.Steps[i].Trend);
        }
        Assert.Equal(expected.Stages, actual.Stages);
        return actual;
    }

    public static FunnelOptions Funnel(TimeSpan? window, params string[][] steps) => new()
    {
        Steps = [.. steps.Select(s => new FunnelStep(string.Join("|", s), s))],
        Window = window,
    };
}
