namespace Waymark.Analytics.Feedback;

/// <summary>
/// Text sentiment (-1..1): mean, sample standard deviation (0 for one text), number of texts, and how many are
/// negative (≤ -0.05), neutral or positive (≥ 0.05).
/// </summary>
public sealed record SentimentFigures(double Mean, double Sd, int Texts, int Negative, int Neutral, int Positive);
