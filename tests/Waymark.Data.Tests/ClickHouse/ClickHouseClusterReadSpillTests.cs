using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>The read in sequence order with its sort spilled on every shard of a cluster (ADR 074): the same order.</summary>
[NeedsClickHouse]
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClickHouseClusterReadSpillTests(ClickHouseClusterFixture fixture)
{
    [StoreFact]
    public async Task ReadSinceAsync_SortSpilledOnBothShards_ReadsEveryEventInSequenceOrder()
    {
        var options = ClickHouseStores.ClusterOptions(fixture.Cluster, fixture.NewDatabaseName());
        options.SpillBytes = 1;

        var read = await ClickHouseReadSpillTests.ReadBackAsync(options);

        Assert.Equal(Enumerable.Range(1, 60_000).Select(i => (long)i), read.Select(e => e.Sequence));
    }
}
