using System.Collections.Concurrent;
using SkiaSharp;
using Waymark.Core.Maps;
using Waymark.Render.Style;

namespace Waymark.Render.Paint;

/// <summary>The lane kinds' line icons, parsed once from the editor's path data (16 x 16 box).</summary>
internal static class Icons
{
    private static readonly ConcurrentDictionary<LaneKind, SKPath> Paths = new();

    public static SKPath Of(LaneKind kind) =>
        Paths.GetOrAdd(kind, k => SKPath.ParseSvgPathData(WebStyle.Instance.LaneIcon(k)) ?? new SKPath());

    /// <summary>Strokes the icon scaled to <paramref name="size"/> with its top-left corner at (x, y).</summary>
    public static void Draw(SKCanvas canvas, LaneKind kind, float x, float y, float size, SKColor colour, bool fill = false)
    {
        using var paint = new SKPaint
        {
            Color = colour, IsAntialias = true, Style = fill ? SKPaintStyle.StrokeAndFill : SKPaintStyle.Stroke,
            StrokeWidth = 1.4f, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round,
        };
        canvas.Save();
        canvas.Translate(x, y);
        canvas.Scale(size / 16f);
        canvas.DrawPath(Of(kind), paint);
        canvas.Restore();
    }
}
