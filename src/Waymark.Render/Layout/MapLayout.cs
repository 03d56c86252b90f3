using Waymark.Core.Maps;

namespace Waymark.Render.Layout;

/// <summary>
/// Where everything of a map goes, in map pixels (CSS pixels at zoom 100 %, the editor's sizes): the poster.
/// Pages and pictures are views of it. Public so tests can check each card against page edges.
/// </summary>
public sealed class MapLayout
{
    public const float ServiceLineBand = 24;

    public required JourneyMap Map { get; init; }

    public required float Width { get; init; }

    public required float Height { get; init; }

    public required float TitleWidth { get; init; }

    public required float StageHeight { get; init; }

    public required float StepHeight { get; init; }

    /// <summary>The data strip under the step headers, or null when the export carries no data.</summary>
    public DataStrip? Data { get; init; }

    public float DataHeight => Data?.Height ?? 0;

    public float HeaderHeight => StageHeight + StepHeight + DataHeight;

    public required IReadOnlyList<ColumnBox> Columns { get; init; }

    public required IReadOnlyList<StageBox> Stages { get; init; }

    public required IReadOnlyList<LaneBox> Lanes { get; init; }

    public required IReadOnlyList<CardBox> Cards { get; init; }

    public required IReadOnlyList<CurveBox> Curves { get; init; }
}
