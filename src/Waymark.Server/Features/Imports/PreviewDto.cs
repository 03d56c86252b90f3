namespace Waymark.Server.Features.Imports;

/// <summary>The preview answer: the file's format, first rows as text and the columns guessed for each role.</summary>
public sealed record PreviewDto(
    string Format,
    string? Delimiter,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    ColumnMapping Mapping,
    IReadOnlyList<string> Notes);
