using Waymark.Core.Maps;
using Waymark.Render.Text;

namespace Waymark.Render.Layout;

/// <summary>A step's column (or the one placeholder column of a stage without steps), in map pixels.</summary>
public sealed record ColumnBox(int Index, Stage Stage, int StageIndex, Step? Step, float X, float Width, bool MomentOfTruth, TextBlock Title)
{
    public float Right => X + Width;
}
