using Waymark.Analytics.Import;

namespace Waymark.Analytics.Feedback.Import;

/// <summary>The first rows of a feedback file as a table, with the columns recognised for each field.</summary>
public sealed record FeedbackPreview(
    ImportFormat Format,
    char? Delimiter,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    FeedbackColumns Mapping,
    IReadOnlyList<string> Notes);
