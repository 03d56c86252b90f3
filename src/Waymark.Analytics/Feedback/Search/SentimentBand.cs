namespace Waymark.Analytics.Feedback.Search;

/// <summary>A text's sentiment as the step figures count it: negative ≤ -0.05, positive ≥ 0.05, neutral between; none without a text.</summary>
public enum SentimentBand
{
    None,
    Negative,
    Neutral,
    Positive,
}
