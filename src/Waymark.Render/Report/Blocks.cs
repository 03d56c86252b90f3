namespace Waymark.Render.Report;

/// <summary>
/// The report's content, written once by <see cref="ReportComposer"/> and drawn by both writers (PDF and HTML), so
/// the two say the same. Every meaning is carried by text (labels, numbers, words), never by colour alone.
/// </summary>
internal abstract record Block;

/// <summary>A heading inside a section.</summary>
internal sealed record SubHeading(string Text) : Block;

/// <summary>A paragraph; a note is quieter (what is missing and why); strong is bold.</summary>
internal sealed record Paragraph(string Text, bool Note = false, bool Strong = false) : Block;

/// <summary>Label and value pairs (goal, scenario, owner, ...).</summary>
internal sealed record Facts(IReadOnlyList<(string Label, string Value)> Rows) : Block;

/// <summary>
/// A table: widths are shares of the line; columns from <see cref="NumericFrom"/> on are numbers (right aligned).
/// <see cref="Keys"/> names each row's machine key (a step id) for the HTML's data attributes, or null.
/// </summary>
internal sealed record Table(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<float> Widths,
    int NumericFrom = int.MaxValue) : Block
{
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? Data { get; init; }
}

/// <summary>A customer's words, set apart with a rule and quotation marks.</summary>
internal sealed record Quote(string Text, string Source) : Block;

/// <summary>The designed and the measured emotion curves over the steps (null = no point at that step).</summary>
internal sealed record CurveChart(IReadOnlyList<string> Steps, int Min, int Max, IReadOnlyList<double?> Designed, IReadOnlyList<double?> Measured) : Block;

/// <summary>The funnel as bars: each step's customers, with its share of the entrants written beside it.</summary>
internal sealed record FunnelChart(IReadOnlyList<(string Step, long Customers, string Label)> Bars) : Block
{
    /// <summary>The customers of the longest bar (a funnel drawn in parts keeps one scale); 0 = the most of these bars.</summary>
    public long Most { get; init; }
}

/// <summary>The map itself, drawn by the map renderer (paged in PDF, one inline SVG in HTML).</summary>
internal sealed record MapPicture : Block;

/// <summary>A numbered section with its own page in PDF and its own anchor in HTML.</summary>
internal sealed record Section(string Id, string Title, IReadOnlyList<Block> Blocks);

/// <summary>The cover's lines and the sections in order.</summary>
internal sealed record ReportDocument(string Title, IReadOnlyList<(string Label, string Value)> Cover, IReadOnlyList<Section> Sections);
