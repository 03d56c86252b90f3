using SkiaSharp;
using Waymark.Core.Maps;
using Waymark.Render.Text;

namespace Waymark.Render.Layout;

/// <summary>
/// A lane's row in map pixels. <c>Top</c> is where its slot starts: above <c>Y</c> when the line of visibility
/// runs just above this lane (the first lane below the line in a blueprint).
/// </summary>
public sealed record LaneBox(int Index, Lane Lane, float Top, float Y, float Height, TextBlock Title, TextBlock Subtitle, SKColor Tint, bool VisibilityLineAbove)
{
    public float Bottom => Y + Height;
}
