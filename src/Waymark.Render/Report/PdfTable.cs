using SkiaSharp;
using Waymark.Render.Paint;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Report;

/// <summary>
/// A table on PDF pages: a bold header over a dark rule, rows over thin rules (no colour bands, so it prints the
/// same in black and white), numbers right-aligned; a page break falls between rows and repeats the header.
/// </summary>
internal sealed class PdfTable(TextLayouter text, WebStyle style)
{
    private const float Size = 8.5f;
    private const float Pad = 4;
    private readonly TextPainter _painter = new(text, false);

    public void Draw(PdfFlow flow, Table table)
    {
        var widths = table.Widths.Select(w => w * flow.Width).ToArray();
        var header = Row(table.Header, widths, bold: true);
        flow.Ensure(Height(header) * 2);
        Paint(flow, table, header, widths, heading: true);
        foreach (var cells in table.Rows)
        {
            var row = Row(cells, widths, bold: false);
            if (flow.Y + Height(row) > flow.Bottom && flow.Y > flow.Top + 1)
            {
                flow.Begin(PdfFlow.Portrait);
                Paint(flow, table, header, widths, heading: true);
            }

            Paint(flow, table, row, widths, heading: false);
        }
    }

    private TextBlock[] Row(IReadOnlyList<string> cells, float[] widths, bool bold) =>
        [.. widths.Select((w, i) => text.Layout(i < cells.Count ? cells[i] : "", Size, bold, w - (2 * Pad), 24))];

    private static float Height(TextBlock[] row) => row.Max(b => b.Height) + (2 * Pad);

    private void Paint(PdfFlow flow, Table table, TextBlock[] row, float[] widths, bool heading)
    {
        var x = flow.Left;
        var height = Height(row);
        for (var i = 0; i < row.Length; i++)
        {
            var cell = row[i];
            var left = i >= table.NumericFrom ? x + widths[i] - Pad - cell.Width : x + Pad;
            _painter.Draw(flow.Canvas, cell, left, flow.Y + Pad, widths[i] - (2 * Pad), style.Color(heading ? "text-2" : "text"));
            x += widths[i];
        }

        using var rule = new SKPaint
        {
            Color = style.Color(heading ? "text" : "line-2"), StrokeWidth = heading ? 1 : 0.5f, IsAntialias = true,
        };
        flow.Canvas.DrawLine(flow.Left, flow.Y + height, flow.Left + widths.Sum(), flow.Y + height, rule);
        flow.Y += height;
    }
}
