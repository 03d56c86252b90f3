namespace Waymark.Server.Features.Feedback;

/// <summary>The feedback preview: the file's format, first rows as text and the column recognised for each field.</summary>
public sealed record FeedbackPreviewDto(
    string Format,
    string? Delimiter,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    FeedbackColumnsDto Mapping,
    IReadOnlyList<string> Notes);
