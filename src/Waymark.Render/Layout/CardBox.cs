using SkiaSharp;
using Waymark.Render.Text;

namespace Waymark.Render.Layout;

/// <summary>
/// One box drawn in a cell, in map pixels: a sticky note, a pain point, an idea, a channel chip, a paragraph...
/// <c>Meta</c> is its quiet second line (tags, impact, votes); <c>Edge</c> the bar down its left side.
/// </summary>
public sealed record CardBox(
    CardKind Kind, int Column, int Lane, SKRect Box, TextBlock Text, TextBlock Meta, SKColor Fill, SKColor Edge, SKColor MetaColor);
