namespace Waymark.Analytics.Import;

/// <summary>
/// The first rows of an event file as a table, with the columns the importer would use for each role (null when
/// none is recognised). <see cref="Delimiter"/> is set for CSV only.
/// </summary>
public sealed record ImportPreview(
    ImportFormat Format,
    char? Delimiter,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    string? Customer,
    string? Activity,
    string? Timestamp,
    string? Channel,
    IReadOnlyList<string> Notes);
