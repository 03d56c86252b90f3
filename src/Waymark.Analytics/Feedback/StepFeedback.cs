namespace Waymark.Analytics.Feedback;

/// <summary>
/// The feedback placed on one step: counts, the score figures of each score type (null when no responses), text
/// sentiment (null when no texts), emotion shares, effort, intents, top topics with quotes, and the mean sentiment
/// on the map's emotion scale (<see cref="Measured"/>, null when no texts).
/// </summary>
public sealed record StepFeedback(
    string StepId,
    int Count,
    int Solicited,
    int Unsolicited,
    NpsFigures? Nps,
    CsatFigures? Csat,
    MeanScore? Ces,
    MeanScore? Rating,
    SentimentFigures? Sentiment,
    EmotionShares Emotions,
    EffortFigures Effort,
    IntentCounts Intents,
    IReadOnlyList<TopicFigures> Topics,
    double? Measured);
