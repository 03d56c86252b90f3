using SkiaSharp;

namespace Waymark.Render.Text;

/// <summary>Shaped glyphs of one face, placed from the start of their line (x) on the baseline (y = 0).</summary>
public sealed record GlyphRun(SKTypeface Typeface, ushort[] Glyphs, SKPoint[] Positions, float Width, float Offset);
