using Waymark.Analytics.Engine;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// On the two-shard cluster segment membership, the look-up and a customer's log equal the engine's: the counts and
/// the most active list merge across shards, a customer's events and attributes are read from their shard.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClickHouseClusterCustomersTests(ClickHouseClusterFixture fixture)
{
    [StoreFact]
    public async Task Customers_TwoShards_EqualTheEngine()
    {
        var options = ClickHouseStores.ClusterOptions(fixture.Cluster, fixture.NewDatabaseName());
        using var logs = await PushdownLogs.StoreAsync(options, CustomerCases.Events(), CustomerCases.Attributes());

        await CustomerCases.AssertSameAsync(new InMemoryAnalyses(logs.Log), logs.Pushdown, CustomerCases.Filters(), ["", "S", "c'q\\"],
            ["c1", CustomerCases.Hostile, CustomerCases.Long, "cut", "ghost", "nobody"]);
    }
}
