namespace Waymark.Analytics.Feedback;

/// <summary>Where a piece of feedback came from.</summary>
public enum FeedbackSource
{
    Survey,
    Review,
    Chat,
    Call,
    Social,
    Email,
    Other,
}
