using SkiaSharp;

namespace Waymark.Render.Layout;

/// <summary>One emotion curve of an emotion lane: the main one (no persona) or a persona's, in its colour.</summary>
public sealed record CurveBox(int Lane, string? PersonaId, string Name, SKColor Color, IReadOnlyList<CurvePoint> Points);
