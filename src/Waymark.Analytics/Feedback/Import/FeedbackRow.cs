namespace Waymark.Analytics.Feedback.Import;

/// <summary>
/// One row read from a feedback file: its item, or its problem. A <see cref="Fatal"/> problem (no usable header, a
/// line over the limit, a broken gzip) ends the reading; the caller should store nothing of the file.
/// <see cref="FeedbackItem.Id"/> is empty when the file gives no id (the store then derives one from the content).
/// </summary>
public readonly record struct FeedbackRow(long Line, FeedbackItem? Item, FeedbackProblem? Problem, bool Fatal = false);
