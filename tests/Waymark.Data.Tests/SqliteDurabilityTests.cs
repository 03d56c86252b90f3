using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Waymark.Data.EventStores;
using Waymark.Data.FeedbackStores;

namespace Waymark.Data.Tests;

/// <summary>
/// Every SQLite connection Waymark opens (EF's for the server and the CLI's `serve`, the event store's, the feedback
/// store's) runs in WAL mode with synchronous=FULL, so a write acknowledged after its commit survives a power loss
/// (docs/adr/005-event-store.md). Each opener gets a fresh file, so each must set the mode itself.
/// </summary>
public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "waymark-durability-" + Guid.NewGuid().ToString("N"));
    private int _count;

    public SqliteDurabilityTests() => Directory.CreateDirectory(_folder);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EfContext_Connection_IsWalWithFullSync(bool pooling)
    {
        await using var context = WaymarkContextFactory.Create(NewDatabase(pooling));

        await context.Database.OpenConnectionAsync();

        Assert.Equal(("wal", 2L), await PragmasAsync(context.Database.GetDbConnection()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EventStore_Connection_IsWalWithFullSync(bool pooling)
    {
        var store = (SqliteEventStore)EventStoreFactory.Create(NewDatabase(pooling));

        await using var connection = await store.OpenAsync(CancellationToken.None);

        Assert.Equal(("wal", 2L), await PragmasAsync(connection));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FeedbackStore_Connection_IsWalWithFullSync(bool pooling)
    {
        var store = (SqliteFeedbackStore)FeedbackStoreFactory.Create(NewDatabase(pooling));

        await using var connection = await store.OpenAsync(CancellationToken.None);

        Assert.Equal(("wal", 2L), await PragmasAsync(connection));
    }

    [Fact]
    public async Task EfContext_ReopenedFromPool_KeepsFullSync()
    {
        var options = NewDatabase(pooling: true);
        await using (var first = WaymarkContextFactory.Create(options))
        {
            await first.Database.MigrateAsync();
        }

        await using var second = WaymarkContextFactory.Create(options);
        await second.Database.OpenConnectionAsync();

        Assert.Equal(("wal", 2L), await PragmasAsync(second.Database.GetDbConnection()));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private DatabaseOptions NewDatabase(bool pooling) => new()
    {
        Provider = DatabaseProvider.Sqlite,
        ConnectionString = $"Data Source={Path.Combine(_folder, $"db{++_count}.db")};Pooling={pooling}",
    };

    private static async Task<(string? JournalMode, long Synchronous)> PragmasAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        var mode = (string?)await command.ExecuteScalarAsync();
        command.CommandText = "PRAGMA synchronous";
        var sync = (long)(await command.ExecuteScalarAsync())!;
        // Every opener also waits for the write lock inside SQLite (no 150 ms retry sleeps between writers).
        command.CommandText = "PRAGMA busy_timeout";
        Assert.Equal((long)SqliteDurability.BusyTimeoutMs, (long)(await command.ExecuteScalarAsync())!);
        return (mode, sync);
    }
}
