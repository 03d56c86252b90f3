namespace Waymark.Server.Features.Ingest;

/// <summary>
/// An event that was not stored: its 0-based position in the batch, its 1-based line for NDJSON, and why.
/// </summary>
public sealed record IngestRejection(int Index, int? Line, string Reason);
