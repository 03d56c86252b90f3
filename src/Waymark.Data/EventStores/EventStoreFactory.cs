using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Data.EventStores;

/// <summary>The event store for the configured database provider, or ClickHouse when Events:Store says so.</summary>
public static class EventStoreFactory
{
    public static IEventStore Create(DatabaseOptions options, EventStoreOptions? events = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (events?.Store == EventStoreKind.ClickHouse)
        {
            return new ClickHouseEventStore(events.ClickHouse);
        }

        return options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteEventStore(options.ConnectionString, events?.SqliteGroupEvents ?? SqliteEventStore.MaxGroupEvents),
            DatabaseProvider.Postgres => new PostgresEventStore(options.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown database provider"),
        };
    }
}
