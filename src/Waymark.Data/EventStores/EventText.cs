namespace Waymark.Data.EventStores;

/// <summary>
/// What the event tables store as a name (customer id, activity, channel, attribute key): at most
/// <see cref="MaxLength"/> characters (the columns' size) and no NUL character, which PostgreSQL refuses in text.
/// Every way in (ingestion, uploads) checks names here, so a bad one is rejected with a reason, not a failed batch.
/// </summary>
public static class EventText
{
    public const int MaxLength = 200;

    /// <summary>Why <paramref name="value"/> cannot be stored (e.g. "is longer than 200 characters"), or null.</summary>
    public static string? Problem(string value) =>
        value.Contains('\0', StringComparison.Ordinal) ? "contains a NUL character (\\u0000), which no database stores as text"
        : value.Length > MaxLength ? $"is longer than {MaxLength} characters"
        : null;
}
