using Waymark.Data.EventStores.ClickHouse;
using Waymark.Testing.ClickHouse;

namespace Waymark.Bench.ClickHouse;

/// <summary>
/// One ClickHouse the benchmark runs on: a single server or the two-shard cluster of the tests' fixtures (Debian's
/// clickhouse-server in temp folders on free loopback ports), the settings Waymark is given for it, and its
/// processes' memory. Stops the servers and deletes their folders on dispose.
/// </summary>
internal sealed class ClickHouseTarget : IDisposable
{
    public const string Database = "waymark_bench";

    private readonly ClickHouseServer? _single;
    private readonly ClickHouseCluster? _cluster;

    private ClickHouseTarget(string name, ClickHouseServer? single, ClickHouseCluster? cluster)
    {
        Name = name;
        _single = single;
        _cluster = cluster;
    }

    public string Name { get; }

    public IReadOnlyList<ClickHouseServer> Servers => _cluster?.Servers ?? [_single!];

    /// <summary>The server Waymark and the harness query (the cluster's first).</summary>
    public Uri Url => Servers[0].Url;

    public static ClickHouseTarget StartSingle() => new("one server", ClickHouseServer.Start(), null);

    public static ClickHouseTarget StartSharded() => new("two shards", null, ClickHouseCluster.StartSharded());

    /// <summary>The event store settings as the server takes them (Events:ClickHouse:*).</summary>
    public ClickHouseOptions Options() => new()
    {
        Url = Url.ToString(),
        Database = Database,
        Cluster = _cluster is null ? "" : ClickHouseCluster.Name,
        Servers = _cluster is null ? [] : [.. _cluster.Servers.Select(s => s.Url.ToString())],
    };

    /// <summary>The same settings as command-line arguments for Waymark.Server.</summary>
    public string[] ServerSettings()
    {
        var options = Options();
        var settings = new List<string>
        {
            "--Events:Store=ClickHouse", $"--Events:ClickHouse:Url={options.Url}", $"--Events:ClickHouse:Database={options.Database}",
        };
        if (options.IsCluster)
        {
            settings.Add($"--Events:ClickHouse:Cluster={options.Cluster}");
            settings.AddRange(options.Servers.Select((s, i) => $"--Events:ClickHouse:Servers:{i}={s}"));
        }

        return [.. settings];
    }

    /// <summary>Peak resident memory of each server process so far (VmHWM), in bytes.</summary>
    public long[] PeakResidentBytes() => [.. Servers.Select(s => s.ProcessId is { } id ? ProcessMemory.Of(id).PeakBytes : 0)];

    public void Dispose()
    {
        // The servers' folders go with them: what they logged as errors (a query that failed, a shard that stopped
        // answering another) is printed first, for a run that failed half way.
        foreach (var (server, i) in Servers.Select((s, i) => (s, i)))
        {
            if (server.ErrorLogTail() is { Length: > 0 } errors)
            {
                Console.Error.WriteLine($"[clickhouse {i}] the end of its error log:\n{errors}");
            }
        }

        _single?.Dispose();
        _cluster?.Dispose();
    }
}
