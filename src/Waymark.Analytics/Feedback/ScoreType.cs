namespace Waymark.Analytics.Feedback;

/// <summary>What a feedback score measures, and so its range: NPS 0-10, CSAT 1-5, CES 1-7, rating 1-5.</summary>
public enum ScoreType
{
    None,
    Nps,
    Csat,
    Ces,
    Rating,
}
