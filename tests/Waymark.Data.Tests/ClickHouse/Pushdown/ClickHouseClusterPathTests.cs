using Waymark.Analytics.Engine;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// On the two-shard cluster pushed-down paths, whose per-customer part each shard answers whole
/// (distributed_group_by_no_merge), equal the engine's, with a segment and visits.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClickHouseClusterPathTests(ClickHouseClusterFixture fixture)
{
    [StoreFact]
    public async Task Paths_TwoShards_EqualTheEngine()
    {
        var options = ClickHouseStores.ClusterOptions(fixture.Cluster, fixture.NewDatabaseName());
        using var logs = await PushdownLogs.StoreAsync(options, OverlayCases.Events(), OverlayCases.Attributes());
        var segment = new EventFilter { Attributes = [new("tier", ["gold"])], DidNot = ["Z"] };

        var all = await PushdownAssert.SamePathsAsync(logs, new PathOptions { Width = 2 });
        await PushdownAssert.SamePathsAsync(logs, new PathOptions { From = "A", CollapseRepeats = true, Filter = segment });
        await PushdownAssert.SamePathsAsync(logs, new PathOptions { Start = FunnelStep.Of("B"), Backward = true, SessionGap = TimeSpan.FromMinutes(30) });

        Assert.Equal(10, all.Journeys);
    }
}
