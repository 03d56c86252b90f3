using SkiaSharp;
using Waymark.Core.Maps;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Layout;

/// <summary>
/// The emotion lane as the editor draws it (web/src/features/editor/emotion): the main curve in the accent colour
/// and one per persona in the persona's colour (deepened until it stands out 3:1 on the lane's tint), a face at
/// each step that has a score, and the point's label under its face. A persona filter keeps that persona's curve.
/// </summary>
internal sealed class EmotionLayouter(TextLayouter text, Metrics m)
{
    public (List<CurveBox> Curves, List<CardBox> Labels) Layout(
        JourneyMap map, Lane lane, int index, IReadOnlyList<ColumnBox> columns, float y, float height, string? personaFilter)
    {
        var style = WebStyle.Instance;
        var keys = new List<(string? Persona, string Name, SKColor Color)>();
        var personas = map.Personas;
        if (personaFilter is null)
        {
            keys.Add((null, personas.Count > 0 ? "Everyone" : "Emotion", style.Color("accent")));
        }

        foreach (var p in personas.Where(p => personaFilter is null || p.Id == personaFilter))
        {
            var colour = SKColor.TryParse(p.Color ?? "", out var c) ? c : style.Color("text-3");
            keys.Add((p.Id, p.Name, StandOut(colour, style.Color("tint-emotion"))));
        }

        var (min, max) = (map.EmotionScale.Min(), map.EmotionScale.Max());
        var bandTop = y + 22;
        var bandBottom = y + height - 46;
        var neutral = min < 0 && max > 0 ? bandBottom - ((float)-min / (max - min) * (bandBottom - bandTop)) : (bandTop + bandBottom) / 2;
        var curves = new List<CurveBox>();
        var labels = new List<CardBox>();
        foreach (var (persona, name, colour) in keys)
        {
            var points = new List<CurvePoint>();
            foreach (var column in columns)
            {
                if (column.Step is null || !lane.Cells.TryGetValue(column.Step.Id, out var cell))
                {
                    continue;
                }

                var point = cell.Emotions.FirstOrDefault(e => e.PersonaId == persona);
                if (point is null)
                {
                    continue;
                }

                var t = max == min ? 0.5f : (float)(point.Score - min) / (max - min);
                var cx = Metrics.TitleWidth + column.X + (column.Width / 2);
                var cy = bandBottom - (t * (bandBottom - bandTop));
                points.Add(new CurvePoint(column.Index, cx, cy, point.Score, (t * 2) - 1));
                if (!string.IsNullOrWhiteSpace(point.Label))
                {
                    var block = text.Layout(point.Label, 11, false, column.Width - (2 * m.S3), 2, 1.3f);
                    var box = SKRect.Create(Metrics.TitleWidth + column.X + m.S3, cy + 14, column.Width - (2 * m.S3), block.Height);
                    labels.Add(new CardBox(CardKind.EmotionLabel, column.Index, index, box, block, TextBlock.Empty,
                        SKColors.Transparent, SKColors.Transparent, style.Color("text-2")));
                }
            }

            if (points.Count > 0)
            {
                curves.Add(new CurveBox(index, persona, text.Layout(name, 11, true, 160, 1), colour, points, neutral));
            }
        }

        return (curves, Separate(labels, y + height - 4));
    }

    /// <summary>
    /// Labels of several curves at one step would print over each other: each column's labels are stacked top to
    /// bottom without overlap, and one that would leave the lane goes above its face instead.
    /// </summary>
    private static List<CardBox> Separate(List<CardBox> labels, float bottom)
    {
        var placed = new List<CardBox>(labels.Count);
        foreach (var column in labels.GroupBy(l => l.Column))
        {
            var below = float.MinValue;
            foreach (var label in column.OrderBy(l => l.Box.Top))
            {
                var box = label.Box;
                if (box.Top < below + 2)
                {
                    box.Offset(0, below + 2 - box.Top);
                }

                if (box.Bottom > bottom)
                {
                    // Above its face: the face's centre is 14 px over where its label would start.
                    box = SKRect.Create(box.Left, label.Box.Top - 28 - box.Height, box.Width, box.Height);
                }

                below = Math.Max(below, box.Bottom);
                placed.Add(label with { Box = box });
            }
        }

        return placed;
    }

    /// <summary>Darkens a colour until it reaches 3:1 against the paper (WCAG 1.4.11), as web/src/ui/contrast.ts does.</summary>
    private static SKColor StandOut(SKColor colour, SKColor paper)
    {
        for (var i = 0; i < 12 && Contrast(colour, paper) < 3; i++)
        {
            colour = new SKColor((byte)(colour.Red * 0.85), (byte)(colour.Green * 0.85), (byte)(colour.Blue * 0.85));
        }

        return colour;
    }

    private static double Contrast(SKColor a, SKColor b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(SKColor c)
    {
        static double Channel(byte v)
        {
            var s = v / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(c.Red)) + (0.7152 * Channel(c.Green)) + (0.0722 * Channel(c.Blue));
    }
}
