using Waymark.Render.Style;

namespace Waymark.Render.Layout;

/// <summary>
/// The editor's sizes in CSS pixels: the grid's (web/src/features/editor/grid/zoom.ts and grid.module.css at zoom
/// 100 %) and the type and spacing tokens read from tokens.css.
/// </summary>
internal sealed class Metrics
{
    public const float ColumnWidth = 220;
    public const float TitleWidth = 200;
    public const float EmotionHeight = 176;
    public const float MinRowHeight = 72;
    public const float MinStageHeight = 56;
    public const float MinStepHeight = 44;
    public const float EdgeBar = 4;

    public Metrics(WebStyle style)
    {
        S1 = style.Px("s1");
        S2 = style.Px("s2");
        S3 = style.Px("s3");
        FontXs = style.Px("fs-xs");
        FontSm = style.Px("fs-sm");
        Font = style.Px("fs");
        Radius = style.Px("radius");
        RadiusSm = style.Px("radius-sm");
    }

    public float S1 { get; }

    public float S2 { get; }

    public float S3 { get; }

    public float FontXs { get; }

    public float FontSm { get; }

    public float Font { get; }

    public float Radius { get; }

    public float RadiusSm { get; }

    /// <summary>The room for content inside a cell (the editor pads cells 8 px top and bottom, 12 px at the sides).</summary>
    public float CellInner => ColumnWidth - (2 * S3);

    /// <summary>The gap between two boxes in a cell (Cards.module.css).</summary>
    public float Gap => 6;
}
