namespace Waymark.Analytics.Engine;

/// <summary>Whether a cohort's period k has been observed to its end, only in part, or not at all yet.</summary>
public enum RetentionCellState
{
    Complete,
    Incomplete,
    NotYet,
}
