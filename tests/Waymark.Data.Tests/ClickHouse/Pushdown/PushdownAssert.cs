using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>Runs an analysis on both paths and asserts every figure equal.</summary>
internal static class PushdownAssert
{
    private static readonly TrendBucket[] NoTrend = [];
    private static readonly StepTrendPoint[] NoPoints = [];
    private static readonly RetentionCohort[] NoCohorts = [];
    private static readonly RetentionCell[] NoCells = [];
    private static readonly RetentionAverage[] NoAverage = [];

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
        Assert.Equal(expected.Groups.Select(g => (g.Name, g.Excluded)), actual.Groups.Select(g => (g.Name, g.Excluded)));
        for (var i = 0; i < expected.Groups.Count; i++)
        {
            Assert.Equal(expected.Groups[i].Steps, actual.Groups[i].Steps);
        }

        Assert.Equal(expected.Periods.Select(p => (p.Start, string.Join(",", p.Reached))), actual.Periods.Select(p => (p.Start, string.Join(",", p.Reached))));
        return actual;
    }

    /// <summary>A page of the customers behind a funnel bar on both paths: the total and the page, in order.</summary>
    public static async Task<FunnelCustomerPage> SameFunnelCustomersAsync(PushdownLogs logs, FunnelOptions options, FunnelCustomerQuery query)
    {
        var expected = await new InMemoryAnalyses(logs.Log).FunnelCustomersAsync(options, query);
        var actual = await logs.Pushdown.FunnelCustomersAsync(options, query);
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Customers, actual.Customers);
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

    /// <summary>A step trend on both paths: totals, observed range and every period equal.</summary>
    public static async Task<StepTrendResult> SameStepTrendAsync(PushdownLogs logs, StepTrendOptions options)
    {
        var expected = await new InMemoryAnalyses(logs.Log).StepTrendAsync(options);
        var actual = await logs.Pushdown.StepTrendAsync(options);
        Assert.Equal(expected with { Points = NoPoints }, actual with { Points = NoPoints });
        Assert.Equal(expected.Points, actual.Points);
        return actual;
    }

    /// <summary>Retention on both paths: every cohort's cells and the average row equal.</summary>
    public static async Task<RetentionResult> SameRetentionAsync(PushdownLogs logs, RetentionOptions options)
    {
        var expected = await new InMemoryAnalyses(logs.Log).RetentionAsync(options);
        var actual = await logs.Pushdown.RetentionAsync(options);
        Assert.Equal(expected with { Cohorts = NoCohorts, Average = NoAverage }, actual with { Cohorts = NoCohorts, Average = NoAverage });
        Assert.Equal(expected.Cohorts.Select(c => c with { Cells = NoCells }), actual.Cohorts.Select(c => c with { Cells = NoCells }));
        Assert.Equal(expected.Cohorts.SelectMany(c => c.Cells), actual.Cohorts.SelectMany(c => c.Cells));
        Assert.Equal(expected.Average, actual.Average);
        return actual;
    }

    /// <summary>Paths on both paths: the journeys, every node, edge and listed path, and how many paths there are.</summary>
    public static async Task<PathResult> SamePathsAsync(PushdownLogs logs, PathOptions options)
    {
        var expected = await new InMemoryAnalyses(logs.Log).PathsAsync(options);
        var actual = await logs.Pushdown.PathsAsync(options);
        Assert.Equal((expected.Towards, expected.Anchor, expected.Journeys, expected.PathCount), (actual.Towards, actual.Anchor, actual.Journeys, actual.PathCount));
        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(expected.Edges, actual.Edges);
        Assert.Equal(expected.Paths.Select(p => (string.Join(" > ", p.Activities), p.Journeys, p.ShareOfStart)), actual.Paths.Select(p => (string.Join(" > ", p.Activities), p.Journeys, p.ShareOfStart)));
        return actual;
    }

    public static FunnelOptions Funnel(TimeSpan? window, params string[][] steps) => new()
    {
        Steps = [.. steps.Select(s => new FunnelStep(string.Join("|", s), s))],
        Window = window,
    };
}
