namespace Waymark.Data.FeedbackStores;

/// <summary>Feedback as read back, with its id (given or derived) and the sequence number that orders appends.</summary>
public sealed record StoredFeedback(
    long Sequence,
    string FeedbackId,
    string? CustomerId,
    long UtcTicks,
    string? StepId,
    string? Activity,
    string? ScoreType,
    double? Score,
    string? Text,
    string Source,
    bool Solicited,
    string? Language,
    string? Properties);
