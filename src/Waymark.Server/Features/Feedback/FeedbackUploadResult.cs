namespace Waymark.Server.Features.Feedback;

/// <summary>What a feedback upload did: items stored, items already stored, rows rejected with the first problems.</summary>
public sealed record FeedbackUploadResult(
    long Imported,
    long Duplicates,
    long Rejected,
    IReadOnlyList<FeedbackUploadProblem> Problems,
    double Seconds);
