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

    /// <summary>Why these settings cannot work (for the start-up check), or null.</summary>
    public string? Problem() => SqliteGroupEvents < 1 ? "Events:SqliteGroupEvents must be 1 or more."
        : Store == EventStoreKind.ClickHouse ? ClickHouse.Problem() : null;
}

/// <summary>Which event store: the configured database's tables, or a ClickHouse server (ADR 056).</summary>
public enum EventStoreKind
{
    Database,
    ClickHouse,
}
