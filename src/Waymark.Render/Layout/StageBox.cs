using SkiaSharp;
using Waymark.Core.Maps;
using Waymark.Render.Text;

namespace Waymark.Render.Layout;

/// <summary>A stage's header over its columns (first to last, inclusive), in map pixels.</summary>
public sealed record StageBox(Stage Stage, int FirstColumn, int LastColumn, SKRect Box, TextBlock Name, TextBlock Goal);
