namespace Waymark.Analytics.Events;

/// <summary>Something a customer did. Timestamp is null when the source only gives an order.</summary>
public sealed record JourneyEvent(
    string CustomerId,
    DateTimeOffset? Timestamp,
    string Activity,
    string? Channel,
    IReadOnlyDictionary<string, string> Properties);
