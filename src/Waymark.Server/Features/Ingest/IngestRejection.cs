namespace Waymark.Server.Features.Ingest;

/// <summary>
/// An event that was not stored: its 0-based position in the batch, its 1-based line for NDJSON, the JSON path of
/// what is wrong (e.g. <c>$[3].properties.k</c>; <c>$</c> for the item as a whole) and why.
/// </summary>
public sealed record IngestRejection(int Index, int? Line, string Path, string Reason);
