using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Data.EventStores;

/// <summary>Bound from the "Events" section: where events and customer attributes live (the database by default).</summary>
public sealed class EventStoreOptions
{
    public const string Section = "Events";

    public EventStoreKind Store { get; set; } = EventStoreKind.Database;

    /// <summary>The server when <see cref="Store"/> is ClickHouse (Events:ClickHouse:Url, ...).</summary>
    public ClickHouseOptions ClickHouse { get; set; } = new();

    /// <summary>
    /// On SQLite, the events one group commit takes at most from the appends that wait (<see cref="SqliteEventStore"/>);
    /// 1 commits every append alone, as before group commit (for comparing the two).
    /// </summary>
    public int SqliteGroupEvents { get; set; } = SqliteEventStore.MaxGroupEvents;

    /// <summary>
    /// Whether the engine's logs are kept in snapshot files between runs (docs/adr/059-event-log-snapshots.md): in
    /// <see cref="SnapshotPath"/>, or beside the SQLite database file when that is unset. Off for ClickHouse.
    /// </summary>
    public bool Snapshots { get; set; } = true;

    /// <summary>The snapshots' folder; needed for PostgreSQL (without it PostgreSQL keeps none), optional for SQLite.</summary>
    public string? SnapshotPath { get; set; }

    /// <summary>Rows read since the last snapshot that make a source's next one worth writing.</summary>
    public int SnapshotMinRows { get; set; } = 100_000;

    /// <summary>How long a due snapshot waits, so a burst of refreshes ends in one write of the latest log.</summary>
    public double SnapshotDelaySeconds { get; set; } = 10;

    /// <summary>Why these settings cannot work (for the start-up check), or null.</summary>
    public string? Problem()
    {
        if (SqliteGroupEvents < 1)
        {
            return "Events:SqliteGroupEvents must be 1 or more.";
        }

        if (SnapshotMinRows <= 0 || SnapshotDelaySeconds is < 0 or > 86_400)
        {
            return "Events:SnapshotMinRows must be positive and Events:SnapshotDelaySeconds 0 to 86400.";
        }

        return Store == EventStoreKind.ClickHouse ? ClickHouse.Problem() : null;
    }
}

/// <summary>Which event store: the configured database's tables, or a ClickHouse server (ADR 056).</summary>
public enum EventStoreKind
{
    Database,
    ClickHouse,
}
