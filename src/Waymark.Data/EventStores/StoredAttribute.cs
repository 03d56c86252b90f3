namespace Waymark.Data.EventStores;

/// <summary>A customer attribute as stored, with the sequence of the write that set it (increasing per workspace).</summary>
public sealed record StoredAttribute(long Sequence, string CustomerId, string Key, string Value);
