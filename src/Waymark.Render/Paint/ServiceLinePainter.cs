using SkiaSharp;
using Waymark.Render.Layout;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Paint;

/// <summary>
/// The bands above a blueprint's lanes, one per service line, read apart as on paper and in the editor: interaction
/// solid, visibility dashed, internal interaction dotted, each with its name in capitals on the body's left.
/// </summary>
internal sealed class ServiceLinePainter(TextPainter text, TextLayouter layouter, WebStyle style)
{
    private readonly Dictionary<ServiceLine, TextBlock> _labels = new()
    {
        [ServiceLine.Interaction] = layouter.Layout("LINE OF INTERACTION", 11, true, 400, 1),
        [ServiceLine.Visibility] = layouter.Layout("LINE OF VISIBILITY", 11, true, 400, 1),
        [ServiceLine.InternalInteraction] = layouter.Layout("LINE OF INTERNAL INTERACTION", 11, true, 400, 1),
    };

    /// <summary>The lane's bands between <paramref name="left"/> and <paramref name="right"/>, named when <paramref name="label"/>.</summary>
    public void Paint(SKCanvas canvas, LaneBox lane, float left, float right, bool label)
    {
        var top = lane.Top;
        foreach (var line in lane.LinesAbove)
        {
            Band(canvas, line, new SKRect(left, top, right, top + MapLayout.ServiceLineBand), label);
            top += MapLayout.ServiceLineBand;
        }
    }

    private void Band(SKCanvas canvas, ServiceLine line, SKRect band, bool label)
    {
        using var bg = new SKPaint { Color = style.Color("bg") };
        using var stroke = new SKPaint
        {
            Color = style.Color("text-3"), StrokeWidth = 2, Style = SKPaintStyle.Stroke, IsAntialias = line == ServiceLine.InternalInteraction,
            PathEffect = line switch
            {
                ServiceLine.Visibility => SKPathEffect.CreateDash([6, 4], 0),
                ServiceLine.InternalInteraction => SKPathEffect.CreateDash([2, 3], 0),
                _ => null,
            },
        };
        canvas.DrawRect(band, bg);
        canvas.DrawLine(band.Left, band.MidY, band.Right, band.MidY, stroke);
        if (label)
        {
            var block = _labels[line];
            canvas.DrawRect(SKRect.Create(band.Left + 12, band.Top, block.Width + 16, band.Height), bg);
            text.Draw(canvas, block, band.Left + 20, band.MidY - (block.Height / 2), block.Width, style.Color("text-2"));
        }
    }
}
