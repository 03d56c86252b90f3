using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>The read in sequence order with its sort spilled on every shard of a cluster (ADR 074): the same order.</summary>
[NeedsClickHouse]
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClickHouseClusterReadSpillTests(ClickHouseClusterFixture fixture)
{
    private static readonly EventSourceKey Source = new("ws1", "src1");

    [StoreFact]
    public async Task ReadSinceAsync_SortSpilledOnBothShards_ReadsEveryEventInSequenceOrder()
    {
        var options = ClickHouseStores.ClusterOptions(fixture.Cluster, fixture.NewDatabaseName());
        options.SpillBytes = 1;
        using var store = new ClickHouseEventStore(options);
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        for (var batch = 0; batch < 3; batch++)
        {
            await store.AppendAsync(Source, [.. Enumerable.Range(0, 20_000).Select(i => new NewEvent(null, "c" + (i % 997), t0 - (i * 1000L), "A" + batch, null, null))]);
        }

        var read = await store.ReadSinceAsync(Source, 0).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 60_000).Select(i => (long)i), read.Select(e => e.Sequence));
    }
}
