namespace Waymark.Data.EventStores;

/// <summary>What an append did: rows written and events skipped because their id was already stored.</summary>
public readonly record struct AppendResult(int Appended, int Duplicates);
