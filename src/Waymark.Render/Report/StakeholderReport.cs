using Waymark.Render.Formats;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Report;

/// <summary>
/// The stakeholder report of one map, used by the server's report route and the CLI: the content is composed once
/// (<see cref="ReportComposer"/>) and written as a PDF or as a self-contained HTML page that say the same.
/// Thread-safe; the shared instance uses this machine's fonts (<see cref="FontsMissingException"/> without them).
/// </summary>
public sealed class StakeholderReport
{
    private static readonly Lazy<StakeholderReport> Shared = new(() => new StakeholderReport(MapExporter.Default, WebStyle.Instance));
    private readonly ReportPdfWriter _pdf;
    private readonly ReportHtmlWriter _html;

    public StakeholderReport(MapExporter maps, WebStyle style)
    {
        ArgumentNullException.ThrowIfNull(maps);
        var text = new TextLayouter(maps.Fonts);
        _pdf = new ReportPdfWriter(text, style, maps);
        _html = new ReportHtmlWriter(text, style, maps);
    }

    public static StakeholderReport Default => Shared.Value;

    /// <summary>The section headings in order, as both formats print them (comments only when there are open threads).</summary>
    public static IReadOnlyList<string> Headings(ReportInput input) => [.. ReportComposer.Compose(input).Sections.Select(s => s.Title)];

    public ExportFile Write(ReportInput input, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(input);
        var report = ReportComposer.Compose(input);
        return format == ReportFormat.Html
            ? new ExportFile(_html.Write(input, report), "text/html; charset=utf-8", ".report.html")
            : new ExportFile(_pdf.Write(input, report), "application/pdf", ".report.pdf");
    }
}
