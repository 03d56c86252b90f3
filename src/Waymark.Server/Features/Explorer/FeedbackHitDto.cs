using Waymark.Analytics.Feedback.Search;

namespace Waymark.Server.Features.Explorer;

/// <summary>
/// One item of the explorer. <see cref="Id"/> is the item's stable id (the one a file or the ingestion API gave, or
/// derived from its content), for citing it elsewhere. <see cref="Highlights"/> are UTF-16 ranges of
/// <see cref="Text"/> that match the search or topic, for the web app to render as text. <see cref="PlacedStepId"/>
/// is the step the named map places the item on (null without a map, or unplaced).
/// </summary>
public sealed record FeedbackHitDto(
    string Id, string? CustomerId, DateTime Time, string? Text, IReadOnlyList<TextRange> Highlights,
    string Source, bool Solicited, string? ScoreType, double? Score, string Band,
    double? Sentiment, string SentimentBand, IReadOnlyList<string> Emotions, IReadOnlyList<string> Intents,
    string? Language, string? StepId, string? Activity, string? PlacedStepId, IReadOnlyList<string> Tags);
