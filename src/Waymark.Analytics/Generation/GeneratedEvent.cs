namespace Waymark.Analytics.Generation;

/// <summary>One generated event, with a stable id and optional properties (a JSON object of strings).</summary>
public sealed record GeneratedEvent(string Id, string CustomerId, long UtcTicks, string Activity, string Channel, string? Properties);
