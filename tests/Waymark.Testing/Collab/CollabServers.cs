using Waymark.Testing.Postgres;
using Waymark.Testing.Redis;

namespace Waymark.Testing.Collab;

/// <summary>
/// Real Waymark servers for co-editing tests and the benchmark: one on SQLite, or two sharing one PostgreSQL and one
/// Redis (the README's "More than one server"), each on its own loopback port. Started in order (the first migrates).
/// </summary>
public sealed class CollabServers : IAsyncDisposable
{
    private readonly List<LiveWaymarkServer> _servers;
    private readonly PostgresServer? _postgres;
    private readonly RedisServer? _redis;

    private readonly string? _sqliteFile;

    private CollabServers(List<LiveWaymarkServer> servers, PostgresServer? postgres, RedisServer? redis, string? sqliteFile = null)
    {
        _servers = servers;
        _postgres = postgres;
        _redis = redis;
        _sqliteFile = sqliteFile;
    }

    public IReadOnlyList<LiveWaymarkServer> Servers => _servers;

    public RedisServer? Redis => _redis;

    /// <summary>
    /// One server on its own SQLite file with pooled connections, as a real deployment runs (Microsoft.Data.Sqlite
    /// pools by default). LiveWaymarkServer's own file has pooling off, so that each request opened the file anew and
    /// the last one to close it checkpointed and removed the write-ahead log, with the others waiting on its lock.
    /// </summary>
    public static async Task<CollabServers> OneAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), "waymark-collab-" + Guid.NewGuid().ToString("N") + ".db");
        var server = await LiveWaymarkServer.StartAsync(Quiet, $"--ConnectionStrings:Waymark=Data Source={file};Pooling=true").ConfigureAwait(false);
        return new([server], null, null, file);
    }

    /// <summary>Two servers on one PostgreSQL database and one Redis (backplane and presence).</summary>
    public static async Task<CollabServers> TwoAsync(PostgresServer? postgres = null)
    {
        var ownPostgres = postgres is null ? PostgresServer.Start() : null;
        var database = (postgres ?? ownPostgres)!.CreateDatabase();
        var redis = RedisServer.Start();
        var servers = new List<LiveWaymarkServer>();
        try
        {
            // Pooled connections, as a real deployment runs (the test databases turn pooling off to drop them at once).
            var pooled = database.Replace("Pooling=false", "Pooling=true", StringComparison.Ordinal);
            string[] settings = [Quiet, "--Database:Provider=Postgres", $"--ConnectionStrings:Waymark={pooled}", $"--Collab:Redis={redis.ConnectionString}"];
            servers.Add(await LiveWaymarkServer.StartAsync(settings).ConfigureAwait(false));
            servers.Add(await LiveWaymarkServer.StartAsync(settings).ConfigureAwait(false));
            return new CollabServers(servers, ownPostgres, redis);
        }
        catch
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }

            redis.Dispose();
            ownPostgres?.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }

        _redis?.Dispose();
        _postgres?.Dispose();
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }
    }

    private const string Quiet = "--Logging:LogLevel:Default=Error";
}
