using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>
/// Replication as an option: ZooKeeper and one shard of two replicas with ReplicatedMergeTree tables and an insert
/// quorum of two, started by the test itself (it kills a replica, so it shares the cluster with no other test).
/// </summary>
[NeedsClickHouse]
[NeedsZooKeeper]
public sealed class ClickHouseReplicationTests
{
    private static readonly long T0 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;

    [StoreFact]
    public async Task AppendAsync_ReplicaKilledAfterTheAnswer_TheOtherReplicaHasEverythingAcknowledged()
    {
        using var cluster = ClickHouseCluster.StartReplicated();
        var (one, two) = (new EventSourceKey("ws1", "src1"), new EventSourceKey("ws1", "src2"));
        using (var store = new ClickHouseEventStore(ClickHouseStores.ClusterOptions(cluster, "waymark_r", via: 0, replicated: true)))
        {
            // Two sources at once: 18.16 refuses parallel quorum inserts into a table, so the store sends them in turn.
            var appends = Enumerable.Range(0, 4).SelectMany(b => (EventSourceKey[])[one, two]).Select((source, b) =>
                store.AppendAsync(source, [.. Enumerable.Range(0, 25).Select(c => E("c" + c, "A" + b, $"e{b}-{c}"))]));
            Assert.All(await Task.WhenAll(appends), result => Assert.Equal(new AppendResult(25, 0), result));
            await store.SetAttributesAsync(one, [new("c1", "plan", "pro")]);
        }

        cluster.Servers[0].Kill();

        // Waymark creates the tables on every listed server at start, so the dead one is left out, as an operator would.
        var options = ClickHouseStores.ClusterOptions(cluster, "waymark_r", via: 1, replicated: true);
        options.Servers.RemoveAt(0);
        using var other = new ClickHouseEventStore(options);
        Assert.Equal(100, (await other.ReadSinceAsync(one, 0).ToListAsync()).Count);
        Assert.Equal(100, (await other.ReadSinceAsync(two, 0).ToListAsync()).Count);
        Assert.Equal([new CustomerAttribute("c1", "plan", "pro")], await other.ReadAttributesAsync(one).ToListAsync());
        Assert.StartsWith("Replicated", await ClickHouseStores.QueryAsync(
            cluster.Servers[1], "waymark_r", "SELECT engine FROM system.tables WHERE database = 'waymark_r' AND name = 'events_local'"), StringComparison.Ordinal);
    }

    private static NewEvent E(string customer, string activity, string id) => new(id, customer, T0, activity, null, null);
}
