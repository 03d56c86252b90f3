using System.Globalization;
using System.Net;
using System.Text;
using Waymark.Render.Formats;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Report;

/// <summary>
/// The report as one self-contained HTML page: no external reference at all (a content security policy that allows
/// only inline styles and data: fonts and images), the map and charts as inline SVG from the same painters as the
/// PDF, and every text a person typed HTML-encoded and marked dir="auto" so right-to-left text reads right.
/// </summary>
internal sealed class ReportHtmlWriter(TextLayouter text, WebStyle style, MapExporter maps)
{
    private const float ChartWidth = 720;
    private readonly ChartPainter _charts = new(text, style);

    public byte[] Write(ReportInput input, ReportDocument report)
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Waymark\">\n")
            .Append("<title>").Append(E(report.Title)).Append(" \u2014 stakeholder report</title>\n<style>").Append(HtmlStyle.Css).Append("</style>\n</head>\n<body>\n");
        Cover(html, report);
        Contents(html, report);
        for (var i = 0; i < report.Sections.Count; i++)
        {
            var section = report.Sections[i];
            html.Append("<section id=\"").Append(section.Id).Append("\" aria-labelledby=\"h-").Append(section.Id).Append("\">\n<h2 id=\"h-").Append(section.Id)
                .Append("\"><span class=\"n\">").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append("</span> ").Append(E(section.Title)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                Block(html, block, input);
            }

            html.Append("</section>\n");
        }

        html.Append("<footer><p>").Append(E(report.Title)).Append(" \u00B7 stakeholder report \u00B7 ").Append(E(Figures.Date(input.Date)))
            .Append(" \u00B7 made with Waymark</p></footer>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void Cover(StringBuilder html, ReportDocument report)
    {
        html.Append("<header class=\"cover\">\n<p class=\"kicker\">Stakeholder report</p>\n<h1 dir=\"auto\">").Append(E(report.Title)).Append("</h1>\n");
        Facts(html, new Facts(report.Cover));
        html.Append("</header>\n");
    }

    private static void Contents(StringBuilder html, ReportDocument report)
    {
        html.Append("<nav class=\"toc\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n");
        foreach (var section in report.Sections)
        {
            html.Append("<li><a href=\"#").Append(section.Id).Append("\">").Append(E(section.Title)).Append("</a></li>\n");
        }

        html.Append("</ol>\n</nav>\n");
    }

    private void Block(StringBuilder html, Block block, ReportInput input)
    {
        switch (block)
        {
            case SubHeading h:
                html.Append("<h3 dir=\"auto\">").Append(E(h.Text)).Append("</h3>\n");
                break;
            case Paragraph p:
                html.Append(p.Note ? "<p class=\"note\" dir=\"auto\">" : p.Strong ? "<p class=\"strong\" dir=\"auto\">" : "<p dir=\"auto\">")
                    .Append(E(p.Text)).Append("</p>\n");
                break;
            case Facts f:
                Facts(html, f);
                break;
            case Table t:
                HtmlTable.Write(html, t);
                break;
            case Quote q:
                html.Append("<blockquote><p dir=\"auto\">\u201C").Append(E(q.Text)).Append("\u201D</p><cite dir=\"auto\">\u2014 ").Append(E(q.Source)).Append("</cite></blockquote>\n");
                break;
            case CurveChart c:
                Figure(html, "chart", HtmlSvg.Draw(ChartWidth, ChartPainter.CurveHeight, canvas => _charts.Curve(canvas, c, 0, 0, ChartWidth), "curve"),
                    "The designed curve (solid line, round dots) and the measured one (dashed line, hollow squares); the table below gives each value.");
                break;
            case FunnelChart f:
                Figure(html, "chart", HtmlSvg.Draw(ChartWidth, ChartPainter.FunnelHeight(f), canvas => _charts.Funnel(canvas, f, 0, 0, ChartWidth), "funnel"),
                    "Customers at each step from the entry to the outcome, and their share of those who entered.");
                break;
            case MapPicture:
                MapFigure(html, input);
                break;
        }
    }

    private void MapFigure(StringBuilder html, ReportInput input)
    {
        var layout = input.Map.Stages.Count == 0 ? null : maps.Layout(input.Map, input.PersonaId);
        if (layout is null || layout.Columns.Count == 0 || layout.Lanes.Count == 0)
        {
            html.Append("<p class=\"note\">The map has no steps or lanes yet.</p>\n");
            return;
        }

        var svg = Encoding.UTF8.GetString(maps.Export(input.Map, new ExportOptions(ExportFormat.Svg, PersonaId: input.PersonaId)).Content);
        html.Append("<figure class=\"map\"><div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"The map\">")
            .Append(HtmlSvg.Inline(svg, "map", layout.Width, layout.Height))
            .Append("</div><figcaption>The map as drawn by the editor's renderer; scroll sideways on screen, it fits the page width in print.</figcaption></figure>\n");
    }

    private static void Figure(StringBuilder html, string kind, string svg, string caption) =>
        html.Append("<figure class=\"").Append(kind).Append("\">").Append(svg).Append("<figcaption>").Append(E(caption)).Append("</figcaption></figure>\n");

    private static void Facts(StringBuilder html, Facts facts)
    {
        html.Append("<dl class=\"facts\">\n");
        foreach (var (label, value) in facts.Rows)
        {
            html.Append("<div><dt>").Append(E(label)).Append("</dt><dd dir=\"auto\">").Append(E(value)).Append("</dd></div>\n");
        }

        html.Append("</dl>\n");
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
