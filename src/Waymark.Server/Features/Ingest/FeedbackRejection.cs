namespace Waymark.Server.Features.Ingest;

/// <summary>
/// A feedback item that was not stored: its 0-based position in the batch, its 1-based line for NDJSON, the JSON
/// path of what is wrong (e.g. <c>$.feedback[3].score</c>) and why.
/// </summary>
public sealed record FeedbackRejection(int Index, int? Line, string Path, string Problem);
