namespace Waymark.Data.EventStores;

/// <summary>The event store for the configured database provider.</summary>
public static class EventStoreFactory
{
    public static IEventStore Create(DatabaseOptions options) => options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteEventStore(options.ConnectionString),
        DatabaseProvider.Postgres => new PostgresEventStore(options.ConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown database provider"),
    };
}
