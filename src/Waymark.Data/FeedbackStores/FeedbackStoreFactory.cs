namespace Waymark.Data.FeedbackStores;

/// <summary>The feedback store for the configured database provider.</summary>
public static class FeedbackStoreFactory
{
    public static IFeedbackStore Create(DatabaseOptions options) => options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteFeedbackStore(options.ConnectionString),
        DatabaseProvider.Postgres => new PostgresFeedbackStore(options.ConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown database provider"),
    };
}
