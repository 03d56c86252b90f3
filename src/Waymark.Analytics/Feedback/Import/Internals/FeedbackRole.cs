namespace Waymark.Analytics.Feedback.Import.Internals;

/// <summary>The fields of a feedback row, in the order of <see cref="FeedbackHeaders.Known"/>.</summary>
internal enum FeedbackRole
{
    Id,
    Customer,
    Time,
    Text,
    Score,
    ScoreType,
    Source,
    Step,
    Activity,
    Solicited,
    Language,
}
