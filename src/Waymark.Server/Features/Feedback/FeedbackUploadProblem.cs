namespace Waymark.Server.Features.Feedback;

/// <summary>A row of an uploaded feedback file that was not imported: its line, the column to blame (if one), why.</summary>
public sealed record FeedbackUploadProblem(long Line, string? Column, string Problem);
