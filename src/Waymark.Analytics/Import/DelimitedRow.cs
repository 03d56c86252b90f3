namespace Waymark.Analytics.Import;

/// <summary>One row of a delimited text: the 1-based line it starts on, and its fields unquoted.</summary>
public sealed record DelimitedRow(long Line, string[] Fields);
