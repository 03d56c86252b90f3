using Waymark.Core.Text;

namespace Waymark.Data.EventStores;

/// <summary>
/// What the event tables store as a name (customer id, activity, channel, attribute key): at most
/// <see cref="MaxLength"/> characters (the columns' size), no NUL character (PostgreSQL refuses it in text) and
/// valid text (<see cref="NameRules"/>). Every way in (ingestion, uploads) checks names by this rule, so a bad one is
/// rejected with a reason, not a failed batch.
/// </summary>
public static class EventText
{
    public const int MaxLength = 200;

    /// <summary>Why <paramref name="value"/> cannot be stored (e.g. "is longer than 200 characters"), or null.</summary>
    public static string? Problem(string value) => NameRules.Problem(value, MaxLength);
}
