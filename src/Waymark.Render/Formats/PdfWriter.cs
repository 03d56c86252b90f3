using System.Globalization;
using SkiaSharp;
using Waymark.Render.Layout;
using Waymark.Render.Pages;
using Waymark.Render.Paint;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Formats;

/// <summary>
/// Vector PDF through Skia's PDF back end: glyphs stay text (selectable, searchable), the faces drawn are embedded
/// as subsets. A poster is one page of the map's size; paged mode draws each planned page in four parts (corner,
/// headers, lane titles, body), each clipped to its area, and a footer with the map's name, the date and the page.
/// </summary>
internal sealed class PdfWriter(MapPainter painter, TextLayouter text, WebStyle style)
{
    /// <summary>PDF viewers refuse pages over 200 inches; a larger poster is drawn smaller.</summary>
    private const float MaxSide = 14400;

    public byte[] Poster(MapLayout layout, DateTimeOffset date)
    {
        var scale = Math.Min(0.75f, MaxSide / Math.Max(1, Math.Max(layout.Width, layout.Height)));
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, Metadata(layout, date)))
        {
            var canvas = document.BeginPage(layout.Width * scale, layout.Height * scale);
            canvas.Scale(scale);
            painter.PaintPoster(canvas, layout);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    public byte[] Paged(MapLayout layout, PaperSize paper, DateTimeOffset date)
    {
        var pages = PagePlanner.Plan(layout, paper);
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, Metadata(layout, date)))
        {
            foreach (var page in pages)
            {
                var canvas = document.BeginPage(paper.Width, paper.Height);
                canvas.Clear(SKColors.White);
                DrawPage(canvas, layout, page);
                Footer(canvas, layout, paper, page, pages.Count, date);
                document.EndPage();
            }

            if (pages.Count == 0)
            {
                document.BeginPage(paper.Width, paper.Height).Clear(SKColors.White);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    internal void DrawPage(SKCanvas canvas, MapLayout layout, Page page)
    {
        var s = page.Scale;
        var bodyWidth = layout.Columns[page.LastColumn].Right - layout.Columns[page.FirstColumn].X;
        var bodyHeight = layout.Lanes[page.LastLane].Bottom - layout.Lanes[page.FirstLane].Top;
        var bodyLeft = page.Content.Left + (s * layout.TitleWidth);
        var bodyTop = page.Content.Top + (s * layout.HeaderHeight);
        Part(canvas, page.Body(layout), new SKRect(bodyLeft, bodyTop, bodyLeft + (s * bodyWidth), bodyTop + (s * bodyHeight)),
            c => painter.PaintBody(c, layout, page.FirstColumn, page.LastColumn, page.FirstLane, page.LastLane));
        Part(canvas, page.Header(layout), new SKRect(bodyLeft, page.Content.Top, bodyLeft + (s * bodyWidth), bodyTop),
            c => painter.PaintHeader(c, layout, page.FirstColumn, page.LastColumn));
        Part(canvas, page.Titles(layout), new SKRect(page.Content.Left, bodyTop, bodyLeft, bodyTop + (s * bodyHeight)),
            c => painter.PaintTitles(c, layout, page.FirstLane, page.LastLane));
        Part(canvas, page.Corner, new SKRect(page.Content.Left, page.Content.Top, bodyLeft, bodyTop), c => painter.PaintCorner(c, layout));
    }

    private static void Part(SKCanvas canvas, SKMatrix matrix, SKRect clip, Action<SKCanvas> draw)
    {
        canvas.Save();
        canvas.ClipRect(clip);
        canvas.Concat(in matrix);
        draw(canvas);
        canvas.Restore();
    }

    private void Footer(SKCanvas canvas, MapLayout layout, PaperSize paper, Page page, int count, DateTimeOffset date)
    {
        var y = paper.Height - PagePlanner.Margin - 10;
        var colour = style.Color("text-3");
        var name = text.Layout(layout.Map.Name + "  ·  " + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), 8, false,
            paper.Width * 0.6f, 1);
        var number = text.Layout("Page " + page.Number.ToString(CultureInfo.InvariantCulture) + " of " + count.ToString(CultureInfo.InvariantCulture),
            8, false, 200, 1);
        using var rule = new SKPaint { Color = style.Color("line"), StrokeWidth = 0.5f };
        canvas.DrawLine(PagePlanner.Margin, y - 6, paper.Width - PagePlanner.Margin, y - 6, rule);
        var painterText = new TextPainter(text, false);
        painterText.Draw(canvas, name, PagePlanner.Margin, y, name.Width, colour);
        painterText.Draw(canvas, number, paper.Width - PagePlanner.Margin - number.Width, y, number.Width, colour);
    }

    private static SKDocumentPdfMetadata Metadata(MapLayout layout, DateTimeOffset date) => new()
    {
        Title = layout.Map.Name, Creator = "Waymark", Producer = "Waymark", Creation = date.UtcDateTime, Modified = date.UtcDateTime,
        RasterDpi = 300, EncodingQuality = 95,
    };
}
