using System.Globalization;
using System.Text;

namespace Waymark.Testing.ClickHouse;

/// <summary>
/// A ClickHouse cluster of real servers on loopback (each its own temp folder and ports) whose configs all name it in
/// remote_servers as <see cref="Name"/>: two shards of one server each, or (with ZooKeeper) one shard of two replicas
/// with the shard and replica macros that replicated tables are created with. Stops everything on dispose.
/// </summary>
public sealed class ClickHouseCluster : IDisposable
{
    public const string Name = "waymark";

    private ClickHouseCluster(IReadOnlyList<ClickHouseServer> servers, ZooKeeperServer? zooKeeper)
    {
        Servers = servers;
        ZooKeeper = zooKeeper;
    }

    /// <summary>Every server; on the sharded cluster server i is shard i + 1.</summary>
    public IReadOnlyList<ClickHouseServer> Servers { get; }

    public ZooKeeperServer? ZooKeeper { get; }

    /// <summary>Two shards, one server each, MergeTree tables: what sharding by customer is tested on.</summary>
    public static ClickHouseCluster StartSharded() =>
        new(ClickHouseServer.StartAll(2, (servers, i) => RemoteServers(servers, [[0], [1]], replicated: false) + Macros(i + 1, i)), null);

    /// <summary>ZooKeeper and one shard of two replicas, for ReplicatedMergeTree tables.</summary>
    public static ClickHouseCluster StartReplicated()
    {
        var zooKeeper = ZooKeeperServer.Start();
        try
        {
            var zk = $"<zookeeper><node><host>127.0.0.1</host><port>{zooKeeper.Port.ToString(CultureInfo.InvariantCulture)}</port></node></zookeeper>";
            return new(ClickHouseServer.StartAll(2, (servers, i) => RemoteServers(servers, [[0, 1]], replicated: true) + Macros(1, i) + zk), zooKeeper);
        }
        catch
        {
            zooKeeper.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var server in Servers)
        {
            server.Dispose();
        }

        ZooKeeper?.Dispose();
    }

    private static string RemoteServers(IReadOnlyList<ClickHouseServer> servers, int[][] shards, bool replicated)
    {
        var xml = new StringBuilder($"<remote_servers><{Name}>");
        foreach (var shard in shards)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<shard><internal_replication>{(replicated ? "true" : "false")}</internal_replication>");
            foreach (var i in shard)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<replica><host>127.0.0.1</host><port>{servers[i].TcpPort}</port></replica>");
            }

            xml.Append("</shard>");
        }

        return xml.Append(CultureInfo.InvariantCulture, $"</{Name}></remote_servers>").ToString();
    }

    private static string Macros(int shard, int replica) =>
        string.Create(CultureInfo.InvariantCulture, $"<macros><shard>{shard}</shard><replica>r{replica}</replica></macros>");
}
