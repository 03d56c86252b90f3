namespace Waymark.Cli.Commands;

/// <summary>An analysis result flattened to rows, rendered as a table or CSV.</summary>
public sealed record Tabular(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, string? Footer = null);
