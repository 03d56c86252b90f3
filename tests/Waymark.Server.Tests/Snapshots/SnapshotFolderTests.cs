using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Caches;

namespace Waymark.Server.Tests.Snapshots;

/// <summary>Where snapshots go, and when there are none (ADR 059).</summary>
public sealed class SnapshotFolderTests
{
    [Theory]
    [InlineData("Sqlite", "Data Source=data/waymark.db", null, "data/waymark.db-snapshots")]
    [InlineData("Sqlite", "Data Source=data/waymark.db", "cache/logs", "cache/logs")]
    [InlineData("Sqlite", "Data Source=:memory:", null, null)]
    [InlineData("Sqlite", "Data Source=shared;Mode=Memory", null, null)]
    [InlineData("Postgres", "Host=127.0.0.1;Database=waymark", null, null)]
    [InlineData("Postgres", "Host=127.0.0.1;Database=waymark", "cache/logs", "cache/logs")]
    public void Resolve_DatabaseStore_BesideTheSqliteFileOrTheSetPath(string provider, string connection, string? path, string? expected)
    {
        var database = new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(provider), ConnectionString = connection };

        var folder = SnapshotFolder.Resolve(database, new EventStoreOptions { SnapshotPath = path });

        Assert.Equal(expected is null ? null : Path.GetFullPath(expected), folder);
    }

    [Fact]
    public void Resolve_ClickHouseOrSwitchedOff_None()
    {
        var database = new DatabaseOptions();

        Assert.Null(SnapshotFolder.Resolve(database, new EventStoreOptions { Store = EventStoreKind.ClickHouse, SnapshotPath = "cache" }));
        Assert.Null(SnapshotFolder.Resolve(database, new EventStoreOptions { Snapshots = false }));
    }

    [Fact]
    public void FileName_AnyIds_PlainNameSharingTheWorkspacesPrefix()
    {
        var name = SnapshotFolder.FileName(new EventSourceKey("ws/../x", "src:1"));

        Assert.StartsWith(SnapshotFolder.WorkspacePrefix("ws/../x"), name, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f.]+wmlog$", name);
    }
}
