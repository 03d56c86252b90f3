using SkiaSharp;
using Waymark.Render.Text;

namespace Waymark.Render.Paint;

/// <summary>
/// Draws laid-out text as glyph runs (real text in PDF and SVG, so it can be selected and searched), or as
/// outlines when asked (an SVG that needs no font at all). Right-to-left lines sit at the right of their box.
/// </summary>
internal sealed class TextPainter(TextLayouter layouter, bool asPaths)
{
    public void Draw(SKCanvas canvas, TextBlock block, float left, float top, float width, SKColor colour)
    {
        if (block.Lines.Count == 0)
        {
            return;
        }

        var primary = layouter.FontOf(block.Bold ? layouter.Fonts.Bold : layouter.Fonts.Regular, block.Size);
        var metrics = primary.Metrics;
        var baseline = ((block.LineHeight - (metrics.Descent - metrics.Ascent)) / 2) - metrics.Ascent;
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines[i];
            var x = line.RightToLeft ? left + width - line.Width : left;
            var y = top + (i * block.LineHeight) + baseline;
            foreach (var run in line.Runs)
            {
                DrawRun(canvas, run, block.Size, x + run.Offset, y, paint);
            }
        }
    }

    private void DrawRun(SKCanvas canvas, GlyphRun run, float size, float x, float y, SKPaint paint)
    {
        if (run.Glyphs.Length == 0)
        {
            return;
        }

        var font = layouter.FontOf(run.Typeface, size);
        if (asPaths && DrawOutlines(canvas, run, font, x, y, paint))
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        builder.AddPositionedRun(run.Glyphs, font, run.Positions);
        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, x, y, paint);
        }
    }

    /// <summary>Outlines of the glyphs; false for a colour-bitmap face (emoji), which is then drawn as glyphs.</summary>
    private static bool DrawOutlines(SKCanvas canvas, GlyphRun run, SKFont font, float x, float y, SKPaint paint)
    {
        using var builder = new SKPathBuilder();
        var any = false;
        for (var g = 0; g < run.Glyphs.Length; g++)
        {
            using var glyph = font.GetGlyphPath(run.Glyphs[g]);
            if (glyph is null || glyph.IsEmpty)
            {
                continue;
            }

            builder.AddPath(glyph, x + run.Positions[g].X, y + run.Positions[g].Y);
            any = true;
        }

        if (!any)
        {
            return false;
        }

        using var all = builder.Detach();
        canvas.DrawPath(all, paint);
        return true;
    }
}
