namespace Waymark.Analytics.Feedback.Search;

/// <summary>The order of the explorer's results; items without a score come last in both score orders; ties go newest first.</summary>
public enum ExplorerSort
{
    Newest,
    Oldest,
    ScoreHigh,
    ScoreLow,
}
