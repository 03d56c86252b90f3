using Waymark.Core.Maps;

namespace Waymark.Analytics.Feedback;

/// <summary>
/// Sentiment (-1..1) on a map's emotion scale: the scale's middle plus sentiment times half its span
/// (-2..2 → 2s, 1..5 → 3 + 2s, 1..10 → 5.5 + 4.5s, -5..5 → 5s).
/// </summary>
public static class EmotionScaleMapping
{
    public static double FromSentiment(EmotionScale scale, double sentiment)
    {
        var half = (scale.Max() - scale.Min()) / 2.0;
        return scale.Min() + half + (Math.Clamp(sentiment, -1, 1) * half);
    }

    /// <summary>The scale's span (max − min), the unit the insight thresholds are given in.</summary>
    public static double Span(EmotionScale scale) => scale.Max() - scale.Min();
}
