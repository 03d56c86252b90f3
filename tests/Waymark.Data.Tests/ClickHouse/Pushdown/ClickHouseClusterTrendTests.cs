using Waymark.Analytics.Engine;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// On the two-shard cluster the pushed-down step trend and retention equal the engine's, with segments: a customer's
/// events and attributes are on one shard, and the first and last event are read across both.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClickHouseClusterTrendTests(ClickHouseClusterFixture fixture)
{
    [StoreFact]
    public async Task StepTrendAndRetention_TwoShards_EqualTheEngine()
    {
        var options = ClickHouseStores.ClusterOptions(fixture.Cluster, fixture.NewDatabaseName());
        using var logs = await PushdownLogs.StoreAsync(options, TrendCases.Events(), TrendCases.Attributes());
        var segment = new EventFilter { Attributes = [new("tier", ["gold"])], DidNot = ["Z"], Channels = ["web"] };

        var trend = await PushdownAssert.SameStepTrendAsync(logs, new StepTrendOptions { Step = FunnelStep.Of("A"), Next = FunnelStep.Of("B"), Granularity = TrendGranularity.Week });
        await PushdownAssert.SameStepTrendAsync(logs, new StepTrendOptions { Step = FunnelStep.Of("A"), Granularity = TrendGranularity.Day, Filter = segment });
        await PushdownAssert.SameRetentionAsync(logs, new RetentionOptions { Start = FunnelStep.Of("A"), Return = FunnelStep.Of("B"), Granularity = TrendGranularity.Week });
        await PushdownAssert.SameRetentionAsync(logs, new RetentionOptions { Granularity = TrendGranularity.Month, Filter = segment with { From = TrendCases.Monday } });

        Assert.Equal(8, trend.Customers);
    }
}
