namespace Waymark.Data.EventStores;

/// <summary>An event to append. <paramref name="Properties"/> is a JSON object of strings, or null.</summary>
public sealed record NewEvent(string? EventId, string CustomerId, long UtcTicks, string Activity, string? Channel, string? Properties);
