namespace Waymark.Data.FeedbackStores;

/// <summary>
/// Feedback to append. Strings are the lower-case names ("nps", "survey", ...); <paramref name="FeedbackId"/> null
/// means "derive it from the content" (<see cref="FeedbackIds"/>), so sending the same item again is a duplicate.
/// <paramref name="Properties"/> is a JSON object of strings, or null.
/// </summary>
public sealed record NewFeedback(
    string? FeedbackId,
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
