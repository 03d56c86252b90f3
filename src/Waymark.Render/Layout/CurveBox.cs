using SkiaSharp;
using Waymark.Render.Text;

namespace Waymark.Render.Layout;

/// <summary>
/// One emotion curve of an emotion lane: the main one (no persona) or a persona's, in its colour, with its name
/// for the legend and the height of the scale's neutral score (the dashed line the editor draws).
/// </summary>
public sealed record CurveBox(int Lane, string? PersonaId, TextBlock Name, SKColor Color, IReadOnlyList<CurvePoint> Points, float Neutral);
