using Waymark.Analytics.Engine;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// On the two-shard cluster the flow graph, the variants and the process map, whose per-customer part each shard
/// answers whole (distributed_group_by_no_merge), equal the engine's, segments included.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClickHouseClusterFlowTests(ClickHouseClusterFixture fixture)
{
    [StoreFact]
    public async Task FlowAndProcess_TwoShards_EqualTheEngine()
    {
        var options = ClickHouseStores.ClusterOptions(fixture.Cluster, fixture.NewDatabaseName());
        using var logs = await PushdownLogs.StoreAsync(options, OverlayCases.Events(), OverlayCases.Attributes());
        var segment = new EventFilter { Attributes = [new("tier", ["gold"])], DidNot = ["Z"] };

        var flow = await PushdownAssert.SameFlowAsync(logs);
        await PushdownAssert.SameFlowAsync(logs, new FlowOptions { Filter = segment, ActivityPercent = 70, PathPercent = 60 });
        await ProcessAssert.SameVariantsAsync(logs, new VariantOptions { Top = 3 });
        await ProcessAssert.SameProcessAsync(logs, new ProcessOptions { Filter = segment with { Did = ["B"] }, WithStats = true, Top = 50 });

        Assert.Equal(10, flow.Customers);
    }
}
