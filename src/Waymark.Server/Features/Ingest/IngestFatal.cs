namespace Waymark.Server.Features.Ingest;

/// <summary>
/// Why an ingestion body cannot be read as a whole, and where: the JSON path where reading stopped (<c>$</c> for the
/// body itself) and, for a syntax error, its 1-based line.
/// </summary>
internal sealed record IngestFatal(string Reason, string Path, long? Line);
