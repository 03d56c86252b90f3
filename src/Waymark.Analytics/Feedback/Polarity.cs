using Waymark.Analytics.Text;

namespace Waymark.Analytics.Feedback;

/// <summary>
/// Whether one piece of feedback is negative or positive (docs/analytics.md, "Moments of truth"): negative when
/// its text's sentiment is ≤ -0.05 or its score is low (NPS ≤ 6, CSAT ≤ 2, CES ≤ 3, rating ≤ 2); positive when it
/// is not negative and its sentiment is ≥ 0.05 or its score is high (NPS ≥ 9, CSAT ≥ 4, CES ≥ 5, rating ≥ 4).
/// </summary>
public static class Polarity
{
    public const double Threshold = 0.05;

    /// <summary>-1 negative, +1 positive, 0 neither.</summary>
    public static int Of(FeedbackItem item, in TextAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(item);
        var hasText = !string.IsNullOrWhiteSpace(item.Text);
        var score = ScoreSign(item);
        if ((hasText && analysis.Sentiment <= -Threshold) || score < 0)
        {
            return -1;
        }

        return (hasText && analysis.Sentiment >= Threshold) || score > 0 ? 1 : 0;
    }

    private static int ScoreSign(FeedbackItem item)
    {
        if (item.Score is not { } s)
        {
            return 0;
        }

        var (low, high) = item.ScoreType switch
        {
            ScoreType.Nps => (6.0, 9.0),
            ScoreType.Csat => (2.0, 4.0),
            ScoreType.Ces => (3.0, 5.0),
            ScoreType.Rating => (2.0, 4.0),
            _ => (double.NaN, double.NaN),
        };
        return s <= low ? -1 : s >= high ? 1 : 0;
    }
}
