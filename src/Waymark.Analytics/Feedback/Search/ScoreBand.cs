namespace Waymark.Analytics.Feedback.Search;

/// <summary>
/// Where a score sits in its type's range, by the thresholds of <see cref="Polarity"/>: low (NPS 0-6 detractors, CSAT
/// 1-2, CES 1-3, rating 1-2), high (NPS 9-10 promoters, CSAT 4-5, CES 5-7, rating 4-5), middle between; none without a score.
/// </summary>
public enum ScoreBand
{
    None,
    Low,
    Middle,
    High,
}
