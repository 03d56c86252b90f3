using SkiaSharp;
using Waymark.Core.Maps;
using Waymark.Render.Text;

namespace Waymark.Render.Layout;

/// <summary>
/// A lane's row in map pixels. <c>Top</c> is where its slot starts: above <c>Y</c> by one band per service line that
/// runs just above this lane in a blueprint (interaction above the frontstage, visibility above the first lane below
/// it, internal interaction above the support processes).
/// </summary>
public sealed record LaneBox(int Index, Lane Lane, float Top, float Y, float Height, TextBlock Title, TextBlock Subtitle, SKColor Tint, IReadOnlyList<ServiceLine> LinesAbove)
{
    public float Bottom => Y + Height;
}
