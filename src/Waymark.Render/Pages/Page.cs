using SkiaSharp;
using Waymark.Render.Layout;

namespace Waymark.Render.Pages;

/// <summary>
/// One printed page of a paged export: a run of whole columns (a stage or more, or part of a very wide stage) by a
/// run of whole lanes, drawn at <c>Scale</c> points per map pixel with the stage and step headers above and the
/// lane titles at the left repeated. <c>Content</c> is the area it draws in, in points from the page's corner.
/// </summary>
public sealed record Page(int Number, int FirstColumn, int LastColumn, int FirstLane, int LastLane, float Scale, SKRect Content)
{
    /// <summary>Map pixels of the body (cards, lanes) to page points.</summary>
    public SKMatrix Body(MapLayout layout) => SKMatrix.CreateScaleTranslation(
        Scale, Scale, Content.Left - (Scale * layout.Columns[FirstColumn].X), Content.Top + (Scale * (layout.HeaderHeight - layout.Lanes[FirstLane].Top)));

    /// <summary>Map pixels of the stage and step headers to page points (same columns, at the top).</summary>
    public SKMatrix Header(MapLayout layout) => SKMatrix.CreateScaleTranslation(
        Scale, Scale, Content.Left - (Scale * layout.Columns[FirstColumn].X), Content.Top);

    /// <summary>Map pixels of the lane titles to page points (same lanes, at the left).</summary>
    public SKMatrix Titles(MapLayout layout) => SKMatrix.CreateScaleTranslation(
        Scale, Scale, Content.Left, Content.Top + (Scale * (layout.HeaderHeight - layout.Lanes[FirstLane].Top)));

    public SKMatrix Corner => SKMatrix.CreateScaleTranslation(Scale, Scale, Content.Left, Content.Top);

    /// <summary>Where a card of this page lands, in page points.</summary>
    public SKRect Place(MapLayout layout, CardBox card) => Body(layout).MapRect(card.Box);

    public bool Holds(CardBox card) =>
        card.Column >= FirstColumn && card.Column <= LastColumn && card.Lane >= FirstLane && card.Lane <= LastLane;

    /// <summary>The drawn area in page points: lane titles, headers and this page's columns and lanes.</summary>
    public SKRect Drawn(MapLayout layout) => new(
        Content.Left, Content.Top,
        Content.Left + (Scale * (layout.TitleWidth + layout.Columns[LastColumn].Right - layout.Columns[FirstColumn].X)),
        Content.Top + (Scale * (layout.HeaderHeight + layout.Lanes[LastLane].Bottom - layout.Lanes[FirstLane].Top)));
}
