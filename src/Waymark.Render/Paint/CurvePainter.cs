using SkiaSharp;
using Waymark.Render.Layout;

namespace Waymark.Render.Paint;

/// <summary>
/// An emotion curve: a smooth monotone line (Fritsch–Carlson, as web/src/features/editor/emotion/geometry.ts, so it
/// never overshoots the happiest or saddest point) and a face at each point whose mouth bends with the mood.
/// </summary>
internal static class CurvePainter
{
    private static readonly SKColor Ink = new(0x1d, 0x23, 0x30);

    /// <summary>The neutral line and a legend of the lane's curves at the left of the drawn columns, as the editor shows.</summary>
    public static void Frame(SKCanvas canvas, IReadOnlyList<CurveBox> curves, float left, float right, float top, TextPainter text)
    {
        using var dash = new SKPaint
        {
            Color = new SKColor(0x5f, 0x67, 0x78, 90), StrokeWidth = 1, Style = SKPaintStyle.Stroke, PathEffect = SKPathEffect.CreateDash([4, 4], 0),
        };
        canvas.DrawLine(left, curves[0].Neutral, right, curves[0].Neutral, dash);
        var x = left + 12;
        foreach (var curve in curves)
        {
            using var swatch = new SKPaint { Color = curve.Color, StrokeWidth = 2.5f, IsAntialias = true, StrokeCap = SKStrokeCap.Round };
            canvas.DrawLine(x, top + 12, x + 16, top + 12, swatch);
            text.Draw(canvas, curve.Name, x + 22, top + 12 - (curve.Name.Height / 2), curve.Name.Width, new SKColor(0x4a, 0x52, 0x63));
            x += 22 + curve.Name.Width + 16;
        }
    }

    public static void Draw(SKCanvas canvas, CurveBox curve, int firstColumn, int lastColumn)
    {
        var points = curve.Points;
        if (points.Count > 1)
        {
            using var line = new SKPaint { Color = curve.Color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2.5f, StrokeCap = SKStrokeCap.Round };
            using var path = Smooth(points);
            canvas.DrawPath(path, line);
        }

        foreach (var p in points)
        {
            if (p.Column >= firstColumn && p.Column <= lastColumn)
            {
                Face(canvas, p, curve.Color);
            }
        }
    }

    private static SKPath Smooth(IReadOnlyList<CurvePoint> points)
    {
        var n = points.Count;
        var secants = new float[n - 1];
        for (var i = 0; i < n - 1; i++)
        {
            var dx = points[i + 1].X - points[i].X;
            secants[i] = dx == 0 ? 0 : (points[i + 1].Y - points[i].Y) / dx;
        }

        var slopes = new float[n];
        slopes[0] = secants[0];
        slopes[n - 1] = secants[n - 2];
        for (var i = 1; i < n - 1; i++)
        {
            slopes[i] = secants[i - 1] * secants[i] <= 0 ? 0 : (secants[i - 1] + secants[i]) / 2;
        }

        for (var i = 0; i < n - 1; i++)
        {
            if (secants[i] == 0)
            {
                slopes[i] = 0;
                slopes[i + 1] = 0;
                continue;
            }

            var (a, b) = (slopes[i] / secants[i], slopes[i + 1] / secants[i]);
            var sum = (a * a) + (b * b);
            if (sum > 9)
            {
                var tau = 3 / MathF.Sqrt(sum);
                slopes[i] = tau * a * secants[i];
                slopes[i + 1] = tau * b * secants[i];
            }
        }

        using var path = new SKPathBuilder();
        path.MoveTo(points[0].X, points[0].Y);
        for (var i = 0; i < n - 1; i++)
        {
            var (p, q) = (points[i], points[i + 1]);
            var third = (q.X - p.X) / 3;
            path.CubicTo(p.X + third, p.Y + (slopes[i] * third), q.X - third, q.Y - (slopes[i + 1] * third), q.X, q.Y);
        }

        return path.Detach();
    }

    private static void Face(SKCanvas canvas, CurvePoint p, SKColor colour)
    {
        const float r = 11;
        using var face = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var rim = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var mouth = new SKPaint { Color = Ink, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.6f, StrokeCap = SKStrokeCap.Round };
        canvas.DrawCircle(p.X, p.Y, r, face);
        canvas.DrawCircle(p.X, p.Y, r, rim);
        canvas.DrawCircle(p.X - (r * 0.36f), p.Y - (r * 0.22f), 1.35f, ink);
        canvas.DrawCircle(p.X + (r * 0.36f), p.Y - (r * 0.22f), 1.35f, ink);
        var (mouthY, half, bend) = (p.Y + (r * 0.34f), r * 0.46f, p.Mood * r * 0.42f);
        using var smile = new SKPathBuilder();
        smile.MoveTo(p.X - half, mouthY - (bend / 2));
        smile.QuadTo(p.X, mouthY + bend, p.X + half, mouthY - (bend / 2));
        using var drawn = smile.Detach();
        canvas.DrawPath(drawn, mouth);
    }
}
