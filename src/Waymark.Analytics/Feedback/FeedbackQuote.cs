namespace Waymark.Analytics.Feedback;

/// <summary>
/// One feedback text shown as evidence, with its sentiment and where it came from. <see cref="Source"/> and
/// <see cref="ScoreType"/> are the lower-case names ("review", "nps"); ScoreType is null when the item has no score.
/// </summary>
public sealed record FeedbackQuote(string Id, string Text, double Sentiment, string Source, string? ScoreType, double? Score, string? CustomerId);
