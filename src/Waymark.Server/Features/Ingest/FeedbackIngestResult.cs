namespace Waymark.Server.Features.Ingest;

/// <summary>The answer to a feedback batch: items stored, items skipped as repeats of a known id, and rejected items.</summary>
public sealed record FeedbackIngestResult(int Accepted, int Duplicates, IReadOnlyList<FeedbackRejection> Rejected);
