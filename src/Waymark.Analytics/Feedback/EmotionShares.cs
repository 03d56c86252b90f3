namespace Waymark.Analytics.Feedback;

/// <summary>Each emotion's share of all emotion cue weight in the texts: the six sum to 1, or are all 0 when no cue was found.</summary>
public sealed record EmotionShares(double Joy, double Trust, double Anger, double Fear, double Sadness, double Surprise);
