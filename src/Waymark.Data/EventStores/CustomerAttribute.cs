namespace Waymark.Data.EventStores;

/// <summary>One attribute of a customer (plan, region, ...); setting it again replaces the value.</summary>
public sealed record CustomerAttribute(string CustomerId, string Key, string Value);
