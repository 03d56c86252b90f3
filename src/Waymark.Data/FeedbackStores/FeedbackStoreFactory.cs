using Waymark.Data.EventStores;

namespace Waymark.Data.FeedbackStores;

/// <summary>The feedback store for the configured database provider, or ClickHouse when Events:Store says so (feedback lives beside the events).</summary>
public static class FeedbackStoreFactory
{
    public static IFeedbackStore Create(DatabaseOptions options, EventStoreOptions? events = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (events?.Store == EventStoreKind.ClickHouse)
        {
            return new ClickHouseFeedbackStore(events.ClickHouse);
        }

        return options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteFeedbackStore(options.ConnectionString),
            DatabaseProvider.Postgres => new PostgresFeedbackStore(options.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown database provider"),
        };
    }
}
