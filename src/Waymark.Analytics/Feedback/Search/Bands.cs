using Waymark.Analytics.Text;

namespace Waymark.Analytics.Feedback.Search;

/// <summary>The score band and sentiment band of an item, one rule for the explorer's filters, counts and answers.</summary>
public static class Bands
{
    public static ScoreBand ScoreOf(FeedbackItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Score is not { } s || item.ScoreType == ScoreType.None || !double.IsFinite(s))
            return ScoreBand.None;
        var (low, high) = item.ScoreType switch
        {
            ScoreType.Nps => (6.0, 9.0),
            ScoreType.Ces => (3.0, 5.0),
            _ => (2.0, 4.0),
        };
        return s <= low ? ScoreBand.Low : s >= high ? ScoreBand.High : ScoreBand.Middle;
    }

    public static SentimentBand SentimentOf(FeedbackItem item, in TextAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(item);
        return string.IsNullOrWhiteSpace(item.Text) ? SentimentBand.None
            : analysis.Sentiment <= -Polarity.Threshold ? SentimentBand.Negative
            : analysis.Sentiment >= Polarity.Threshold ? SentimentBand.Positive : SentimentBand.Neutral;
    }
}
