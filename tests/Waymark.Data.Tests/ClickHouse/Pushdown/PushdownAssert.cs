using Waymark.Analytics.Engine;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>Runs an analysis on both paths and asserts every figure equal.</summary>
internal static class PushdownAssert
{
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

    public static FunnelOptions Funnel(TimeSpan? window, params string[][] steps) => new()
    {
        Steps = [.. steps.Select(s => new FunnelStep(string.Join("|", s), s))],
        Window = window,
    };
}
