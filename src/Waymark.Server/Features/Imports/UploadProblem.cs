namespace Waymark.Server.Features.Imports;

/// <summary>A row that was not imported: its 1-based line (null when the row has no line of its own) and why.</summary>
public sealed record UploadProblem(long? Line, string Reason);
