using System.Globalization;
using SkiaSharp;
using Waymark.Render.Formats;
using Waymark.Render.Layout;
using Waymark.Render.Pages;
using Waymark.Render.Paint;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Report;

/// <summary>
/// The report as a PDF: a cover, the contents with page numbers (linked), then each section from a new A4 page;
/// the map itself on landscape pages planned by the map renderer (whole stages and lanes, headers repeated). Written
/// in two passes: the first finds where sections start, the second draws with those page numbers.
/// </summary>
internal sealed class ReportPdfWriter(TextLayouter text, WebStyle style, MapExporter maps)
{
    /// <summary>Room above the map on its landscape pages for the section's heading.</summary>
    private const float MapHeading = 30;
    private readonly PdfBlocks _blocks = new(text, style);

    public byte[] Write(ReportInput input, ReportDocument report)
    {
        // The map layouter needs a stage to lay out (a map without one has no picture, only the note saying so).
        var layout = input.Map.Stages.Count == 0 ? null : maps.Layout(input.Map, input.PersonaId);
        var mapPaper = PdfFlow.Landscape with { Height = PdfFlow.Landscape.Height - MapHeading };
        IReadOnlyList<Page> mapPages = layout is null ? [] : PagePlanner.Plan(layout, mapPaper);
        var footer = report.Title + "  \u00B7  Stakeholder report  \u00B7  " + Figures.Date(input.Date);
        var dry = new PdfFlow(null, text, style, footer, 0);
        var starts = Render(dry, report, layout, mapPages, new Dictionary<string, int>(StringComparer.Ordinal));
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, Metadata(report, input.Date)))
        {
            Render(new PdfFlow(document, text, style, footer, dry.Page), report, layout, mapPages, starts);
            document.Close();
        }

        return stream.ToArray();
    }

    private Dictionary<string, int> Render(PdfFlow flow, ReportDocument report, MapLayout? layout, IReadOnlyList<Page> mapPages,
        IReadOnlyDictionary<string, int> starts)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        Cover(flow, report);
        Contents(flow, report, starts);
        for (var i = 0; i < report.Sections.Count; i++)
        {
            var section = report.Sections[i];
            var title = (i + 1).ToString(CultureInfo.InvariantCulture) + "  " + section.Title;
            if (section.Blocks is [MapPicture] && layout is not null && mapPages.Count > 0)
            {
                found[section.Id] = flow.Page + 1;
                MapPages(flow, section, title, layout, mapPages);
                continue;
            }

            flow.Begin(PdfFlow.Portrait);
            found[section.Id] = flow.Page;
            Heading(flow, section.Id, title);
            foreach (var block in section.Blocks)
            {
                _blocks.Draw(flow, block is MapPicture ? new Paragraph("The map has no steps or lanes yet.", Note: true) : block);
            }
        }

        flow.Finish();
        return found;
    }

    private void Cover(PdfFlow flow, ReportDocument report)
    {
        flow.Begin(PdfFlow.Portrait);
        flow.Y = 200;
        _blocks.Text(flow, text.Layout("STAKEHOLDER REPORT", 10, true, flow.Width, 1), 0, style.Color("text-2"));
        flow.Y += 10;
        _blocks.Text(flow, text.Layout(report.Title, 28, true, flow.Width, 6, 1.25f), 0, style.Color("text"));
        flow.Y += 18;
        using var rule = new SKPaint { Color = style.Color("text"), StrokeWidth = 1.5f };
        flow.Canvas.DrawLine(flow.Left, flow.Y, flow.Left + 120, flow.Y, rule);
        flow.Y += 18;
        _blocks.Draw(flow, new Facts(report.Cover));
        flow.Y = flow.Bottom - 30;
        _blocks.Draw(flow, new Paragraph("Made with Waymark. Figures are those of the editor's overlay and insights for the period named above.", Note: true));
    }

    private void Contents(PdfFlow flow, ReportDocument report, IReadOnlyDictionary<string, int> starts)
    {
        flow.Begin(PdfFlow.Portrait);
        Heading(flow, "contents", "Contents");
        for (var i = 0; i < report.Sections.Count; i++)
        {
            var section = report.Sections[i];
            var number = text.Layout((i + 1).ToString(CultureInfo.InvariantCulture), 11, false, 24, 1);
            var title = text.Layout(section.Title, 11, false, flow.Width - 80, 2);
            var page = text.Layout(starts.TryGetValue(section.Id, out var p) ? p.ToString(CultureInfo.InvariantCulture) : "", 11, false, 40, 1);
            var painter = new TextPainter(text, false);
            painter.Draw(flow.Canvas, number, flow.Left, flow.Y, 24, style.Color("text"));
            painter.Draw(flow.Canvas, title, flow.Left + 28, flow.Y, flow.Width - 80, style.Color("text"));
            painter.Draw(flow.Canvas, page, flow.Left + flow.Width - page.Width, flow.Y, page.Width, style.Color("text"));
            var row = new SKRect(flow.Left, flow.Y, flow.Left + flow.Width, flow.Y + title.Height);
            flow.Canvas.DrawLinkDestinationAnnotation(row, section.Id);
            using var dots = new SKPaint { Color = style.Color("line-2"), StrokeWidth = 0.5f };
            flow.Canvas.DrawLine(flow.Left, row.Bottom + 4, row.Right, row.Bottom + 4, dots);
            flow.Y = row.Bottom + 12;
        }
    }

    private void Heading(PdfFlow flow, string id, string title)
    {
        flow.Canvas.DrawNamedDestinationAnnotation(new SKPoint(flow.Left, flow.Y), id);
        _blocks.Text(flow, text.Layout(title, 18, true, flow.Width, 3, 1.3f), 0, style.Color("text"));
        using var rule = new SKPaint { Color = style.Color("text"), StrokeWidth = 1 };
        flow.Canvas.DrawLine(flow.Left, flow.Y + 6, flow.Left + flow.Width, flow.Y + 6, rule);
        flow.Y += 20;
    }

    private void MapPages(PdfFlow flow, Section section, string title, MapLayout layout, IReadOnlyList<Page> pages)
    {
        var writer = new PdfWriter(new MapPainter(text, style), text, style);
        foreach (var page in pages)
        {
            flow.Begin(PdfFlow.Landscape);
            flow.Y = PagePlanner.Margin - 8;
            var suffix = pages.Count > 1 ? "  (" + page.Number.ToString(CultureInfo.InvariantCulture) + " of " + pages.Count.ToString(CultureInfo.InvariantCulture) + ")" : "";
            if (page.Number == 1)
            {
                flow.Canvas.DrawNamedDestinationAnnotation(new SKPoint(0, 0), section.Id);
            }

            var heading = text.Layout(title + suffix, 13, true, PdfFlow.Landscape.Width - (2 * PagePlanner.Margin), 1);
            new TextPainter(text, false).Draw(flow.Canvas, heading, PagePlanner.Margin, flow.Y, heading.Width, style.Color("text"));
            if (flow.Dry)
            {
                continue;
            }

            flow.Canvas.Save();
            flow.Canvas.Translate(0, MapHeading);
            writer.DrawPage(flow.Canvas, layout, page);
            flow.Canvas.Restore();
        }
    }

    private static SKDocumentPdfMetadata Metadata(ReportDocument report, DateTimeOffset date) => new()
    {
        Title = report.Title + " \u2014 stakeholder report", Creator = "Waymark", Producer = "Waymark",
        Creation = date.UtcDateTime, Modified = date.UtcDateTime, RasterDpi = 300, EncodingQuality = 95,
    };
}
