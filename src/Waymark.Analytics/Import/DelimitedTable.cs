namespace Waymark.Analytics.Import;

/// <summary>The rows read from a delimited text, up to the first problem if there is one.</summary>
public sealed record DelimitedTable(List<DelimitedRow> Rows, DelimitedProblem? Problem);
