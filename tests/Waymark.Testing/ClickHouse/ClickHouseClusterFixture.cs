namespace Waymark.Testing.ClickHouse;

/// <summary>One two-shard ClickHouse cluster shared by every test class in a collection, started on first use; each test takes its own database.</summary>
public sealed class ClickHouseClusterFixture : IDisposable
{
    private readonly Lazy<ClickHouseCluster> _cluster = new(ClickHouseCluster.StartSharded, LazyThreadSafetyMode.ExecutionAndPublication);
    private int _databases;

    public ClickHouseCluster Cluster => _cluster.Value;

    /// <summary>A database name no other test of this cluster has used (the store creates it on every server).</summary>
    public string NewDatabaseName() => "waymark_" + Interlocked.Increment(ref _databases).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (_cluster.IsValueCreated)
        {
            _cluster.Value.Dispose();
        }
    }
}
