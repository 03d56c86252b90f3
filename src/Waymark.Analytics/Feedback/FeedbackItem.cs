namespace Waymark.Analytics.Feedback;

/// <summary>
/// Something a customer said: a score and/or a text, with where it came from. <paramref name="StepId"/> or
/// <paramref name="Activity"/> place it on a map explicitly; otherwise it is placed by the customer's events or by
/// keywords. <paramref name="Properties"/> is a JSON object of strings, or null.
/// </summary>
public sealed record FeedbackItem(
    string Id,
    string? CustomerId,
    long UtcTicks,
    string? StepId,
    string? Activity,
    ScoreType ScoreType,
    double? Score,
    string? Text,
    FeedbackSource Source,
    bool Solicited,
    string? Language,
    string? Properties);
