using SkiaSharp;
using Waymark.Render.Layout;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Paint;

/// <summary>
/// Draws a <see cref="MapLayout"/> on any Skia canvas (PDF page, SVG, bitmap) in map pixels. A page draws four
/// parts, each under its own transform: the corner, the headers of its columns, the titles of its lanes and the
/// body of its columns by lanes. Only what lies in a part's range is drawn, so a page holds only its own text.
/// </summary>
public sealed class MapPainter
{
    private readonly WebStyle _style;
    private readonly TextPainter _text;
    private readonly CardPainter _cards;
    private readonly HeaderPainter _headers;
    private readonly ServiceLinePainter _lines;

    public MapPainter(TextLayouter text, WebStyle style, bool textAsPaths = false)
    {
        _style = style;
        _text = new TextPainter(text, textAsPaths);
        _cards = new CardPainter(_text, style);
        _lines = new ServiceLinePainter(_text, text, style);
        _headers = new HeaderPainter(_text, style, _lines);
    }

    /// <summary>The whole map at its own size, on white.</summary>
    public void PaintPoster(SKCanvas canvas, MapLayout layout)
    {
        canvas.Clear(SKColors.White);
        var (lastColumn, lastLane) = (layout.Columns.Count - 1, layout.Lanes.Count - 1);
        // A map just made has lanes but no step yet (a blueprint's five) or nothing at all: draw what there is.
        if (lastColumn >= 0 && lastLane >= 0)
        {
            PaintBody(canvas, layout, 0, lastColumn, 0, lastLane);
        }

        if (lastLane >= 0)
        {
            _headers.Titles(canvas, layout, 0, lastLane);
        }

        if (lastColumn >= 0)
        {
            _headers.Columns(canvas, layout, 0, lastColumn);
        }

        _headers.Corner(canvas, layout);
    }

    public void PaintCorner(SKCanvas canvas, MapLayout layout) => _headers.Corner(canvas, layout);

    public void PaintHeader(SKCanvas canvas, MapLayout layout, int firstColumn, int lastColumn) =>
        _headers.Columns(canvas, layout, firstColumn, lastColumn);

    public void PaintTitles(SKCanvas canvas, MapLayout layout, int firstLane, int lastLane) =>
        _headers.Titles(canvas, layout, firstLane, lastLane);

    public void PaintBody(SKCanvas canvas, MapLayout layout, int firstColumn, int lastColumn, int firstLane, int lastLane)
    {
        var left = layout.TitleWidth + layout.Columns[firstColumn].X;
        var right = layout.TitleWidth + layout.Columns[lastColumn].Right;
        using var divider = new SKPaint { Color = new SKColor(16, 24, 40, 18), StrokeWidth = 1 };
        using var rule = new SKPaint { Color = _style.Color("line"), StrokeWidth = 1 };
        using var wash = new SKPaint { Color = new SKColor(245, 190, 20, 26) };
        using var empty = new SKPaint { Color = _style.Color("bg-2") };
        for (var l = firstLane; l <= lastLane; l++)
        {
            var lane = layout.Lanes[l];
            using var tint = new SKPaint { Color = lane.Tint };
            canvas.DrawRect(new SKRect(left, lane.Y, right, lane.Bottom), tint);
            _lines.Paint(canvas, lane, left, right, label: true);
            for (var c = firstColumn; c <= lastColumn; c++)
            {
                var column = layout.Columns[c];
                var x = layout.TitleWidth + column.X;
                if (column.Step is null)
                {
                    canvas.DrawRect(new SKRect(x, lane.Y, x + column.Width, lane.Bottom), empty);
                }

                if (column.MomentOfTruth)
                {
                    canvas.DrawRect(new SKRect(x, lane.Y, x + column.Width, lane.Bottom), wash);
                }

                canvas.DrawLine(x, lane.Y, x, lane.Bottom, divider);
            }

            canvas.DrawLine(left, lane.Bottom - 0.5f, right, lane.Bottom - 0.5f, rule);
        }

        foreach (var card in layout.Cards)
        {
            if (card.Lane >= firstLane && card.Lane <= lastLane && card.Column >= firstColumn && card.Column <= lastColumn)
            {
                _cards.Draw(canvas, card);
            }
        }

        canvas.Save();
        canvas.ClipRect(new SKRect(left, 0, right, layout.Height));
        foreach (var lane in layout.Curves.Where(c => c.Lane >= firstLane && c.Lane <= lastLane).GroupBy(c => c.Lane))
        {
            var curves = lane.ToList();
            CurvePainter.Frame(canvas, curves, left, right, layout.Lanes[lane.Key].Y, _text);
            foreach (var curve in curves)
            {
                CurvePainter.Draw(canvas, curve, firstColumn, lastColumn);
            }
        }

        canvas.Restore();
    }
}
