namespace Waymark.Data.EventStores;

/// <summary>One activity of a workspace with its events and distinct customers.</summary>
public sealed record ActivityCount(string Name, long Events, long Customers);
