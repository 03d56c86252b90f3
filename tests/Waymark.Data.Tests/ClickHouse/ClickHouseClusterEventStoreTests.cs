using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>The event store contract on a two-shard ClickHouse cluster (Distributed tables), each test on a database of its own.</summary>
[NeedsClickHouse]
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClickHouseClusterEventStoreTests(ClickHouseClusterFixture cluster) : EventStoreTests
{
    protected override Task<IEventStore> CreateStoreAsync(string[] workspaces) =>
        Task.FromResult<IEventStore>(new ClickHouseEventStore(ClickHouseStores.ClusterOptions(cluster.Cluster, cluster.NewDatabaseName())));
}
