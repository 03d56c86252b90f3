using SkiaSharp;
using Waymark.Render.Layout;

namespace Waymark.Render.Pages;

/// <summary>
/// Splits a map over sheets without cutting anything: across by whole stages (a stage wider than a sheet by whole
/// steps), down by whole lanes, every page repeating the headers and lane titles. The scale is the map's natural
/// print size (96 px to the inch) or smaller, down to the size where all lanes fit one sheet high, but never so small
/// that text gets unreadable; only the tallest lane or a single column can force it smaller still.
/// </summary>
public static class PagePlanner
{
    public const float Margin = 28;
    public const float Footer = 22;
    private const float Natural = 0.75f;
    private const float Smallest = 0.55f;

    public static IReadOnlyList<Page> Plan(MapLayout layout, PaperSize paper)
    {
        if (layout.Columns.Count == 0 || layout.Lanes.Count == 0)
        {
            return [];
        }

        var content = new SKRect(Margin, Margin, paper.Width - Margin, paper.Height - Margin - Footer);
        var scale = Math.Min(Natural, Math.Max(Smallest, content.Height / layout.Height));
        var tallest = layout.Lanes.Max(l => l.Bottom - l.Top);
        var widest = layout.Columns.Max(c => c.Width);
        scale = Math.Min(scale, Math.Min(content.Height / (layout.HeaderHeight + tallest), content.Width / (layout.TitleWidth + widest)));

        var bands = Bands(layout, (content.Height / scale) - layout.HeaderHeight);
        var groups = ColumnGroups(layout, (content.Width / scale) - layout.TitleWidth);
        var pages = new List<Page>();
        foreach (var (first, last) in groups)
        {
            foreach (var (top, bottom) in bands)
            {
                pages.Add(new Page(pages.Count + 1, first, last, top, bottom, scale, content));
            }
        }

        return pages;
    }

    /// <summary>
    /// Whole lanes per page, as few pages as the room allows, balanced: the least height that still needs no more
    /// pages is found by bisection, so the last page is not left with one lane under a page of white.
    /// </summary>
    private static List<(int First, int Last)> Bands(MapLayout layout, float room)
    {
        var needed = Greedy(layout, room).Count;
        var (low, high) = (layout.Lanes.Max(l => l.Bottom - l.Top), room);
        for (var i = 0; i < 24 && high - low > 1; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = Greedy(layout, middle).Count <= needed ? (low, middle) : (middle, high);
        }

        return Greedy(layout, high);
    }

    private static List<(int First, int Last)> Greedy(MapLayout layout, float room)
    {
        var bands = new List<(int, int)>();
        var start = 0;
        for (var l = 1; l <= layout.Lanes.Count; l++)
        {
            if (l == layout.Lanes.Count || layout.Lanes[l].Bottom - layout.Lanes[start].Top > room + 0.01f)
            {
                bands.Add((start, l - 1));
                start = l;
            }
        }

        return bands;
    }

    /// <summary>Whole stages while they fit; a stage that fits no page alone is cut between its steps.</summary>
    private static List<(int First, int Last)> ColumnGroups(MapLayout layout, float room)
    {
        var groups = new List<(int, int)>();
        var first = 0;
        var stage = 0;
        while (stage < layout.Stages.Count)
        {
            var box = layout.Stages[stage];
            var width = layout.Columns[box.LastColumn].Right - layout.Columns[first].X;
            if (width <= room + 0.01f)
            {
                stage++;
                continue;
            }

            if (first < box.FirstColumn)
            {
                groups.Add((first, box.FirstColumn - 1));
                first = box.FirstColumn;
                continue;
            }

            var last = first;
            while (last + 1 <= box.LastColumn && layout.Columns[last + 1].Right - layout.Columns[first].X <= room + 0.01f)
            {
                last++;
            }

            groups.Add((first, last));
            first = last + 1;
            if (first > box.LastColumn)
            {
                stage++;
            }
        }

        if (first < layout.Columns.Count)
        {
            groups.Add((first, layout.Columns.Count - 1));
        }

        return groups;
    }
}
