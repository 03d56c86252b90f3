using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// On the two-shard cluster (events sharded by customer through the Distributed table) the pushed-down overlay and
/// funnels (exclusions, breakdowns, periods, a bar's customers) equal the engine's, segments included: each customer's
/// events and attributes are on one shard.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClickHouseClusterOverlayTests(ClickHouseClusterFixture fixture)
{
    [StoreFact]
    public async Task OverlayAsync_TwoShards_EqualsTheEngine()
    {
        var options = ClickHouseStores.ClusterOptions(fixture.Cluster, fixture.NewDatabaseName());
        using var logs = await PushdownLogs.StoreAsync(options, OverlayCases.Events(), OverlayCases.Attributes());
        var all = new OverlayOptions { Stages = OverlayCases.Map };

        var figures = await PushdownAssert.SameOverlayAsync(logs, all);
        await PushdownAssert.SameOverlayAsync(logs, all with { EntryStepId = "pro", OutcomeStepId = "buy", Filter = new EventFilter { From = OverlayCases.At(1), To = OverlayCases.At(86_400) } });
        var segment = new EventFilter { Attributes = [new("tier", ["gold"])], DidNot = ["Z"], Channels = ["web"] };
        await PushdownAssert.SameOverlayAsync(logs, all with { Filter = segment });
        await PushdownAssert.SameStatsAsync(logs, new StatsOptions { Filter = segment with { Did = ["B"] } }); // the IN subqueries read each shard's tables
        // The funnel's per-customer level is finished on each shard (distributed_group_by_no_merge), in every mode.
        var funnel = PushdownAssert.Funnel(TimeSpan.FromHours(1), ["A"], ["B"], ["C"], ["D"]);
        await PushdownAssert.SameFunnelAsync(logs, funnel);
        await PushdownAssert.SameFunnelAsync(logs, funnel with { Mode = FunnelMode.Strict, Filter = segment });
        await PushdownAssert.SameFunnelAsync(logs, funnel with { Mode = FunnelMode.AnyOrder, Window = null });

        // Exclusions, an attribute breakdown (its JOIN) and periods; a bar's customers in the log's order (ADR 076).
        var modes = funnel with { Window = null, Exclusions = [new(["Z"], 0)], Breakdown = new(BreakdownKind.Attribute, "tier"), Over = TrendGranularity.Day };
        await PushdownAssert.SameFunnelAsync(logs, modes);
        await PushdownAssert.SameFunnelCustomersAsync(logs, modes, new(0, Group: "gold"));
        await PushdownAssert.SameFunnelCustomersAsync(logs, modes with { Breakdown = new(BreakdownKind.FirstStepChannel) }, new(1, Limit: 3));

        Assert.Equal(10, figures.Entrants);
    }
}
