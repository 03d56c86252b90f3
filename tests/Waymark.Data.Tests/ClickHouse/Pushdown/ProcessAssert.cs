using Waymark.Analytics.Engine;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>The variants and the process map on both paths, every figure equal (a variant's activities name by name).</summary>
internal static class ProcessAssert
{
    public static async Task<VariantResult> SameVariantsAsync(PushdownLogs logs, VariantOptions options = default)
    {
        var expected = await new InMemoryAnalyses(logs.Log).VariantsAsync(options);
        var actual = await logs.Pushdown.VariantsAsync(options);
        Same(expected, actual);
        return actual;
    }

    public static async Task<ProcessResult> SameProcessAsync(PushdownLogs logs, ProcessOptions options)
    {
        var expected = await new InMemoryAnalyses(logs.Log).ProcessAsync(options);
        var actual = await logs.Pushdown.ProcessAsync(options);
        Same(expected.Flow, actual.Flow);
        Same(expected.Variants, actual.Variants);
        Assert.Equal(expected.Stats is null, actual.Stats is null);
        if (expected.Stats is { } stats)
        {
            Assert.Equal((stats.Customers, stats.Events), (actual.Stats!.Customers, actual.Stats.Events));
            Assert.Equal(stats.Activities, actual.Stats.Activities);
        }

        return actual;
    }

    public static void Same(FlowGraph expected, FlowGraph actual)
    {
        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(expected.Edges, actual.Edges);
        Assert.Equal((expected.Customers, expected.Events, expected.AllNodes, expected.AllEdges), (actual.Customers, actual.Events, actual.AllNodes, actual.AllEdges));
    }

    private static void Same(VariantResult expected, VariantResult actual)
    {
        Assert.Equal((expected.Customers, expected.VariantCount), (actual.Customers, actual.VariantCount));
        Assert.Equal(Lines(expected), Lines(actual));
    }

    private static IEnumerable<string> Lines(VariantResult result) => result.Top.Select(v =>
        FormattableString.Invariant($"{string.Join(" > ", v.Activities)}: {v.Customers} ({v.Share:R}, {v.CumulativeShare:R}), median {v.MedianDuration.Ticks}"));
}
