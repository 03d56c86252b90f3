using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Analytics.Events;
using Waymark.Data.EventStores;
using Waymark.Server.Caches;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Tests.Snapshots;

/// <summary>
/// A server restarted on the same SQLite file goes on from the log's snapshot and reads only the rows stored after it,
/// with the same log as a cold read; a snapshot that is damaged, from another database, or whose rows changed below
/// its cursor is refused and the log read from the start; deleting the workspace deletes its snapshots.
/// </summary>
public sealed class EventLogSnapshotRestartTests : IDisposable
{
    private static readonly EventSourceKey Source = EventSources.DefaultKey("demo");
    private static readonly long T0 = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private readonly List<string> _files = [];

    [Fact]
    public async Task Restart_WithSnapshot_ReadsOnlyLaterRowsAndEqualsAColdRead()
    {
        var database = await WithSnapshotAsync(seed: 1);
        var store = new SqliteEventStore(database);
        await store.AppendAsync(Source, Events(seed: 2, count: 5, prefix: "late"));
        await store.SetAttributesAsync(Source, [new("c3", "plan", "enterprise")]);

        var (restored, read) = await LogAfterRestartAsync(database, snapshots: true);
        var (cold, coldRead) = await LogAfterRestartAsync(database, snapshots: false);

        Assert.Equal(6, read);
        Assert.Equal(320 + 4 + 5 + 1, coldRead);
        SameLog(cold, restored);
        Assert.Equal("enterprise", restored.Attributes.Get(restored.Customers.IdOf("c3"), "plan"));
    }

    [Theory]
    [InlineData("changed byte")]
    [InlineData("truncated")]
    [InlineData("other version")]
    [InlineData("other database")]
    [InlineData("rows rewritten")]
    public async Task Restart_SnapshotNotTrustworthy_ReadsFromTheStartAndEqualsAColdRead(string fault)
    {
        var database = await WithSnapshotAsync(seed: 3);
        var path = SnapshotPath(database);
        var bytes = await File.ReadAllBytesAsync(path);
        switch (fault)
        {
            case "changed byte":
                bytes[bytes.Length / 2] ^= 0x20;
                await File.WriteAllBytesAsync(path, bytes);
                break;
            case "truncated":
                await File.WriteAllBytesAsync(path, bytes[..(bytes.Length - 100)]);
                break;
            case "other version":
                bytes[8]++;
                await File.WriteAllBytesAsync(path, bytes);
                break;
            case "other database":
                File.Copy(SnapshotPath(await WithSnapshotAsync(seed: 4)), path, overwrite: true);
                break;
            default:
                await RewriteRowsAsync(database);
                break;
        }

        var (restored, read) = await LogAfterRestartAsync(database, snapshots: true);
        var (cold, coldRead) = await LogAfterRestartAsync(database, snapshots: false);

        Assert.Equal(coldRead, read);
        SameLog(cold, restored);
    }

    [Fact]
    public async Task DeleteWorkspace_DeletesItsSnapshots()
    {
        var database = await WithSnapshotAsync(seed: 5);
        Assert.True(File.Exists(SnapshotPath(database)));

        await using var factory = Factory(database, snapshots: true);
        using var http = factory.CreateClient();
        using var deleted = await http.DeleteAsync(new Uri("/api/workspaces/demo", UriKind.Relative));

        deleted.EnsureSuccessStatusCode();
        Assert.False(File.Exists(SnapshotPath(database)));
    }

    /// <summary>A migrated database whose demo source has 320 events and 4 attribute rows, and the snapshot of its log.</summary>
    private async Task<string> WithSnapshotAsync(int seed)
    {
        var database = TempSqlite.NewMigratedConnectionString();
        _files.Add(new SqliteConnectionStringBuilder(database).DataSource);
        await using var factory = Factory(database, snapshots: true);
        factory.CreateClient().Dispose(); // starts the app: the demo workspace and its source
        var store = factory.Services.GetRequiredService<IEventStore>();
        await store.AppendAsync(Source, Events(seed, 320, "e"));
        await store.SetAttributesAsync(Source, [new("c1", "plan", "pro"), new("c2", "plan", "free"), new("nobody-yet", "plan", "pro")]);
        await store.SetAttributesAsync(Source, [new("c1", "region", "EU")]);
        await factory.Services.GetRequiredService<EventLogCache>().GetAsync(Source, default);
        var path = SnapshotPath(database);
        for (var wait = 0; !File.Exists(path); wait++)
        {
            Assert.True(wait < 300, "no snapshot was written within 30 s");
            await Task.Delay(100);
        }

        return database;
    }

    /// <summary>A new server's log of the source (it writes no snapshot of its own: the test reads the files it made).</summary>
    private static async Task<(EventLog Log, long RowsRead)> LogAfterRestartAsync(string database, bool snapshots)
    {
        await using var factory = Factory(database, snapshots, minRows: 1_000_000);
        factory.CreateClient().Dispose();
        var cache = factory.Services.GetRequiredService<EventLogCache>();
        var log = await cache.GetAsync(Source, default);
        return (log, cache.RowsRead);
    }

    /// <summary>What a database restored from another copy looks like: the source's rows replaced by others.</summary>
    private static async Task RewriteRowsAsync(string database)
    {
        await using (var connection = new SqliteConnection(database))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM events";
            await command.ExecuteNonQueryAsync();
        }

        await new SqliteEventStore(database).AppendAsync(Source, Events(seed: 9, count: 400, prefix: "other"));
        SqliteConnection.ClearAllPools();
    }

    private static WaymarkFactory Factory(string database, bool snapshots, int minRows = 1) => new("Sqlite", database, new Dictionary<string, string>
    {
        ["Events:Snapshots"] = snapshots ? "true" : "false",
        ["Events:SnapshotMinRows"] = minRows.ToString(CultureInfo.InvariantCulture),
        ["Events:SnapshotDelaySeconds"] = "0",
    });

    private static string SnapshotPath(string database) =>
        Path.Combine(new SqliteConnectionStringBuilder(database).DataSource + "-snapshots", SnapshotFolder.FileName(Source));

    private static List<NewEvent> Events(int seed, int count, string prefix)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => new NewEvent(
            prefix + i.ToString(CultureInfo.InvariantCulture),
            "c" + random.Next(60).ToString(CultureInfo.InvariantCulture),
            T0 + (random.Next(500) * TimeSpan.TicksPerMinute),
            "act" + random.Next(6).ToString(CultureInfo.InvariantCulture),
            random.Next(3) == 0 ? null : "web",
            random.Next(4) == 0 ? "{\"cart\":\"" + random.Next(5).ToString(CultureInfo.InvariantCulture) + "\"}" : null))];
    }

    private static void SameLog(EventLog expected, EventLog actual)
    {
        Assert.Equal((expected.CustomerCount, expected.EventCount), (actual.CustomerCount, actual.EventCount));
        for (var i = 0; i < expected.EventCount; i++)
        {
            var (e, a) = (expected.GetEvent(i), actual.GetEvent(i));
            Assert.Equal((e.CustomerId, e.Timestamp, e.Activity, e.Channel), (a.CustomerId, a.Timestamp, a.Activity, a.Channel));
            Assert.Equal(e.Properties.OrderBy(p => p.Key), a.Properties.OrderBy(p => p.Key));
        }

        for (var c = 0; c < expected.CustomerCount; c++)
        {
            foreach (var key in new[] { "plan", "region" })
            {
                Assert.Equal(expected.Attributes.Get(c, key), actual.Attributes.Get(c, key));
            }
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in _files)
        {
            if (Directory.Exists(file + "-snapshots"))
            {
                Directory.Delete(file + "-snapshots", recursive: true);
            }
        }
    }
}
