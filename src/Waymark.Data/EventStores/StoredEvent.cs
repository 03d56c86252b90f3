namespace Waymark.Data.EventStores;

/// <summary>An event as read back, with the sequence number that orders appends.</summary>
public sealed record StoredEvent(long Sequence, string CustomerId, long UtcTicks, string Activity, string? Channel, string? Properties);
