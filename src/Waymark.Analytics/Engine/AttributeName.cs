namespace Waymark.Analytics.Engine;

/// <summary>
/// A customer attribute or event property key: how many customers (or events) carry a value for it, and how many
/// distinct values it has.
/// </summary>
public sealed record AttributeName(string Key, long Count, int DistinctValues);
