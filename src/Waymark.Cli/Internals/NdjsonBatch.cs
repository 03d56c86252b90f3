namespace Waymark.Cli;

/// <summary>One NDJSON request body for an ingestion route: <see cref="Count"/> items starting at item <see cref="First"/>.</summary>
internal readonly record struct NdjsonBatch(int First, int Count, byte[] Ndjson);
