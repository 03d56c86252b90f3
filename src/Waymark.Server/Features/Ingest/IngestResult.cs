namespace Waymark.Server.Features.Ingest;

/// <summary>The answer to a batch: events stored, events skipped as repeats of a known id, and rejected events.</summary>
public sealed record IngestResult(int Accepted, int Duplicates, IReadOnlyList<IngestRejection> Rejected);
