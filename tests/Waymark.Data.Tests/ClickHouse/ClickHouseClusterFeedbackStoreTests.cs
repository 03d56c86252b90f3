using Waymark.Data.FeedbackStores;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>The feedback store contract on a two-shard ClickHouse cluster (Distributed tables), each test on a database of its own.</summary>
[NeedsClickHouse]
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClickHouseClusterFeedbackStoreTests(ClickHouseClusterFixture cluster) : FeedbackStoreTests
{
    protected override Task<IFeedbackStore> CreateStoreAsync(string[] workspaces) =>
        Task.FromResult<IFeedbackStore>(new ClickHouseFeedbackStore(ClickHouseStores.ClusterOptions(cluster.Cluster, cluster.NewDatabaseName())));

    protected override Task<(IFeedbackStore, IFeedbackStore)> CreateTwoStoresAsync(string[] workspaces)
    {
        var options = ClickHouseStores.ClusterOptions(cluster.Cluster, cluster.NewDatabaseName());
        return Task.FromResult<(IFeedbackStore, IFeedbackStore)>((new ClickHouseFeedbackStore(options), new ClickHouseFeedbackStore(options)));
    }
}
