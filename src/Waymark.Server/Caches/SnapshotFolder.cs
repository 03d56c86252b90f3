using System.Text;
using Microsoft.Data.Sqlite;
using Waymark.Data;
using Waymark.Data.EventStores;

namespace Waymark.Server.Caches;

/// <summary>
/// Where event log snapshots live (docs/adr/059-event-log-snapshots.md): Events:SnapshotPath when set, else a folder
/// beside the SQLite database file (waymark.db → waymark.db-snapshots); none for an in-memory SQLite database, for
/// PostgreSQL without a path, for ClickHouse, or when Events:Snapshots is false. One file per source, named by the
/// workspace and source ids in hex so any id makes a plain file name and a workspace's files share a prefix.
/// </summary>
public static class SnapshotFolder
{
    public const string Extension = ".wmlog";

    public static string? Resolve(DatabaseOptions database, EventStoreOptions events)
    {
        if (!events.Snapshots || events.Store != EventStoreKind.Database)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(events.SnapshotPath))
        {
            return Path.GetFullPath(events.SnapshotPath);
        }

        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var sqlite = new SqliteConnectionStringBuilder(database.ConnectionString);
        var file = sqlite.DataSource;
        return sqlite.Mode == SqliteOpenMode.Memory || string.IsNullOrWhiteSpace(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? null
            : Path.GetFullPath(file) + "-snapshots";
    }

    /// <summary>The file name prefix of a workspace's snapshots.</summary>
    public static string WorkspacePrefix(string workspaceId) => Hex(workspaceId) + ".";

    public static string FileName(EventSourceKey source) => WorkspacePrefix(source.WorkspaceId) + Hex(source.SourceId) + Extension;

    private static string Hex(string id) => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(id));
}
