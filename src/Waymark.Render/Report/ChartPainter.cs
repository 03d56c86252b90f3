using System.Globalization;
using SkiaSharp;
using Waymark.Render.Paint;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Report;

/// <summary>
/// The report's two charts, drawn on any Skia canvas (the PDF page, or an SVG for the HTML page) so both formats show
/// the same picture. They read in black and white: the designed curve is a solid line with round dots, the measured
/// one a dashed line with hollow squares, each named in a legend; funnel bars carry their figures as text.
/// </summary>
internal sealed class ChartPainter(TextLayouter text, WebStyle style)
{
    private const float Legend = 22;
    private const float Plot = 150;
    private const float Labels = 34;
    private const float Axis = 28;
    private const float BarRow = 20;
    private const float BarLabel = 170;
    private readonly TextPainter _painter = new(text, false);

    public static float CurveHeight => Legend + Plot + Labels;

    public static float FunnelHeight(FunnelChart chart) => chart.Bars.Count * BarRow + 4;

    public void Curve(SKCanvas canvas, CurveChart chart, float left, float top, float width)
    {
        var plot = new SKRect(left + Axis, top + Legend, left + width - 4, top + Legend + Plot);
        LegendLine(canvas, left + Axis, top + 4, false, "Designed (the map's curve)");
        LegendLine(canvas, left + Axis + 190, top + 4, true, "Measured (feedback sentiment)");
        Grid(canvas, chart, plot);
        var step = chart.Steps.Count == 0 ? 0 : plot.Width / chart.Steps.Count;
        StepLabels(canvas, chart, plot, step);
        Line(canvas, chart.Designed, chart, plot, step, dashed: false);
        Line(canvas, chart.Measured, chart, plot, step, dashed: true);
    }

    public void Funnel(SKCanvas canvas, FunnelChart chart, float left, float top, float width)
    {
        var most = Math.Max(1, chart.Most > 0 ? chart.Most : chart.Bars.Max(b => b.Customers));
        var room = width - BarLabel - 110;
        using var fill = new SKPaint { Color = SKColor.Parse("#c9ced6"), IsAntialias = true };
        using var edge = new SKPaint { Color = style.Color("text"), IsStroke = true, StrokeWidth = 0.75f, IsAntialias = true };
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var (step, customers, label) = chart.Bars[i];
            var y = top + (i * BarRow);
            var name = text.Layout(step, 8.5f, false, BarLabel - 8, 1);
            _painter.Draw(canvas, name, left, y + 3, BarLabel - 8, style.Color("text"));
            var bar = new SKRect(left + BarLabel, y + 3, left + BarLabel + Math.Max(1, room * customers / most), y + BarRow - 3);
            canvas.DrawRect(bar, fill);
            canvas.DrawRect(bar, edge);
            var figure = text.Layout(label, 8.5f, false, 110, 1);
            _painter.Draw(canvas, figure, bar.Right + 6, y + 3, 110, style.Color("text"));
        }
    }

    private void Grid(SKCanvas canvas, CurveChart chart, SKRect plot)
    {
        using var line = new SKPaint { Color = style.Color("line"), StrokeWidth = 0.5f, IsAntialias = true };
        using var zero = new SKPaint { Color = style.Color("text-3"), StrokeWidth = 1f, IsAntialias = true };
        var every = chart.Max - chart.Min > 5 ? 2 : 1;
        for (var score = chart.Min; score <= chart.Max; score += every)
        {
            var y = Y(score, chart, plot);
            canvas.DrawLine(plot.Left, y, plot.Right, y, score == 0 ? zero : line);
            var label = text.Layout(score.ToString(CultureInfo.InvariantCulture), 7.5f, false, Axis - 6, 1);
            _painter.Draw(canvas, label, plot.Left - 6 - label.Width, y - (label.Height / 2), label.Width, style.Color("text-2"));
        }

        using var frame = new SKPaint { Color = style.Color("line-2"), IsStroke = true, StrokeWidth = 0.75f };
        canvas.DrawRect(plot, frame);
    }

    private void StepLabels(SKCanvas canvas, CurveChart chart, SKRect plot, float step)
    {
        var named = step >= 44;
        var every = step >= 14 ? 1 : (int)Math.Ceiling(14 / Math.Max(1, step));
        for (var i = 0; i < chart.Steps.Count; i += named ? 1 : every)
        {
            var label = named ? chart.Steps[i] : (i + 1).ToString(CultureInfo.InvariantCulture);
            var block = text.Layout(label, 7f, false, Math.Max(step, 14) - 2, 2);
            var x = plot.Left + (step * (i + 0.5f)) - (block.Width / 2);
            _painter.Draw(canvas, block, x, plot.Bottom + 4, block.Width, style.Color("text-2"));
        }
    }

    private void Line(SKCanvas canvas, IReadOnlyList<double?> values, CurveChart chart, SKRect plot, float step, bool dashed)
    {
        using var pen = Pen(dashed);
        using var path = new SKPathBuilder();
        var started = false;
        var points = new List<SKPoint>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } v)
            {
                continue;
            }

            var point = new SKPoint(plot.Left + (step * (i + 0.5f)), Y(v, chart, plot));
            if (started)
            {
                path.LineTo(point);
            }
            else
            {
                path.MoveTo(point);
            }

            started = true;
            points.Add(point);
        }

        using var drawn = path.Detach();
        canvas.DrawPath(drawn, pen);
        foreach (var point in points)
        {
            Marker(canvas, point, dashed);
        }
    }

    private void LegendLine(SKCanvas canvas, float x, float y, bool dashed, string label)
    {
        using var pen = Pen(dashed);
        canvas.DrawLine(x, y + 6, x + 28, y + 6, pen);
        Marker(canvas, new SKPoint(x + 14, y + 6), dashed);
        var block = text.Layout(label, 8f, false, 150, 1);
        _painter.Draw(canvas, block, x + 34, y, 150, style.Color("text"));
    }

    private void Marker(SKCanvas canvas, SKPoint at, bool square)
    {
        using var ink = new SKPaint { Color = style.Color("text"), IsAntialias = true, IsStroke = square, StrokeWidth = 1.2f };
        if (square)
        {
            using var paper = new SKPaint { Color = SKColors.White };
            var box = new SKRect(at.X - 3, at.Y - 3, at.X + 3, at.Y + 3);
            canvas.DrawRect(box, paper);
            canvas.DrawRect(box, ink);
        }
        else
        {
            canvas.DrawCircle(at, 3, ink);
        }
    }

    private SKPaint Pen(bool dashed) => new()
    {
        Color = style.Color(dashed ? "text-2" : "text"), IsStroke = true, StrokeWidth = 1.5f, IsAntialias = true,
        PathEffect = dashed ? SKPathEffect.CreateDash([4, 3], 0) : null,
    };

    private static float Y(double score, CurveChart chart, SKRect plot) =>
        plot.Bottom - (float)((score - chart.Min) / Math.Max(1, chart.Max - chart.Min) * (plot.Height - 12)) - 6;
}
