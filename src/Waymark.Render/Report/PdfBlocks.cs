using SkiaSharp;
using Waymark.Render.Paint;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Report;

/// <summary>
/// Draws the report's blocks down the pages of a <see cref="PdfFlow"/>: long paragraphs continue on the next page
/// line by line, tables break between rows and repeat their header, headings stay with what follows them.
/// </summary>
internal sealed class PdfBlocks(TextLayouter text, WebStyle style)
{
    private const float Body = 9.5f;
    private const float Small = 8.5f;
    private const float Gap = 8;
    private const int Endless = 400;
    private readonly TextPainter _painter = new(text, false);
    private readonly ChartPainter _charts = new(text, style);

    public void Draw(PdfFlow flow, Block block)
    {
        switch (block)
        {
            case SubHeading h:
                flow.Y += 6;
                var heading = text.Layout(h.Text, 12, true, flow.Width, 4);
                flow.Ensure(heading.Height + 60);
                Text(flow, heading, 0, style.Color("text"));
                flow.Y += 4;
                return;
            case Paragraph p:
                Paragraph(flow, p);
                break;
            case Facts f:
                Facts(flow, f);
                break;
            case Table t:
                new PdfTable(text, style).Draw(flow, t);
                break;
            case Quote q:
                Quote(flow, q);
                break;
            case CurveChart c:
                flow.Ensure(ChartPainter.CurveHeight);
                _charts.Curve(flow.Canvas, c, flow.Left, flow.Y, flow.Width);
                flow.Y += ChartPainter.CurveHeight;
                break;
            case FunnelChart f:
                Funnel(flow, f);
                break;
        }

        flow.Y += Gap;
    }

    /// <summary>Draws a laid-out text from the flow's line, continuing on new pages when it does not fit.</summary>
    public void Text(PdfFlow flow, TextBlock block, float indent, SKColor colour, SKColor? bar = null)
    {
        var i = 0;
        while (i < block.Lines.Count)
        {
            var room = (int)((flow.Bottom - flow.Y) / block.LineHeight);
            if (room < 1)
            {
                flow.Begin(PdfFlow.Portrait);
                room = Math.Max(1, (int)((flow.Bottom - flow.Y) / block.LineHeight));
            }

            var part = block with { Lines = [.. block.Lines.Skip(i).Take(room)] };
            if (bar is { } b)
            {
                using var rule = new SKPaint { Color = b, StrokeWidth = 2 };
                flow.Canvas.DrawLine(flow.Left + 1, flow.Y, flow.Left + 1, flow.Y + part.Height, rule);
            }

            _painter.Draw(flow.Canvas, part, flow.Left + indent, flow.Y, flow.Width - indent, colour);
            flow.Y += part.Height;
            i += part.Lines.Count;
        }
    }

    private void Paragraph(PdfFlow flow, Paragraph p)
    {
        var indent = p.Note ? 10 : 0;
        var block = text.Layout(p.Text, Body, p.Strong, flow.Width - indent, Endless);
        flow.Ensure(Math.Min(block.Height, block.LineHeight * 3));
        Text(flow, block, indent, style.Color(p.Note ? "text-2" : "text"), p.Note ? style.Color("line-2") : null);
    }

    private void Facts(PdfFlow flow, Facts facts)
    {
        const float labelWidth = 110;
        foreach (var (label, value) in facts.Rows)
        {
            var name = text.Layout(label, Small, true, labelWidth - 8, 3);
            var content = text.Layout(value, Body, false, flow.Width - labelWidth, 60);
            flow.Ensure(Math.Max(name.Height, Math.Min(content.Height, content.LineHeight * 3)));
            _painter.Draw(flow.Canvas, name, flow.Left, flow.Y + 1, labelWidth - 8, style.Color("text-2"));
            var top = flow.Y;
            Text(flow, content, labelWidth, style.Color("text"));
            flow.Y = Math.Max(flow.Y, top + name.Height) + 4;
        }
    }

    private void Quote(PdfFlow flow, Quote q)
    {
        var words = text.Layout("\u201C" + q.Text + "\u201D", Body, false, flow.Width - 14, Endless);
        var source = text.Layout("\u2014 " + q.Source, 7.5f, false, flow.Width - 14, 2);
        flow.Ensure(Math.Min(words.Height, words.LineHeight * 3) + source.Height);
        Text(flow, words, 14, style.Color("text"), style.Color("text"));
        Text(flow, source, 14, style.Color("text-3"));
    }

    private void Funnel(PdfFlow flow, FunnelChart chart)
    {
        // A long funnel goes over pages in parts, each part its own bars at the same scale.
        var most = chart.Bars.Max(b => b.Customers);
        var i = 0;
        while (i < chart.Bars.Count)
        {
            var room = Math.Max(1, (int)((flow.Bottom - flow.Y - 4) / 20));
            if (room < 3 && flow.Y > flow.Top + 1)
            {
                flow.Begin(PdfFlow.Portrait);
                continue;
            }

            var part = new FunnelChart([.. chart.Bars.Skip(i).Take(room)]) { Most = most };
            _charts.Funnel(flow.Canvas, part, flow.Left, flow.Y, flow.Width);
            flow.Y += ChartPainter.FunnelHeight(part);
            i += part.Bars.Count;
        }
    }
}
