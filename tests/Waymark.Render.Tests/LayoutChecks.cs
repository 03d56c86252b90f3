using Waymark.Render.Layout;

namespace Waymark.Render.Tests;

/// <summary>Checks on the layout's public boxes: what a reader would see as overflow or a cut.</summary>
internal static class LayoutChecks
{
    /// <summary>Every card lies within its column and its lane's row (so text never spills into a neighbour).</summary>
    public static void CardsInsideCells(MapLayout layout)
    {
        foreach (var card in layout.Cards)
        {
            var column = layout.Columns[card.Column];
            var lane = layout.Lanes[card.Lane];
            var (left, right) = (layout.TitleWidth + column.X, layout.TitleWidth + column.Right);
            Assert.True(card.Box.Left >= left - 0.01f && card.Box.Right <= right + 0.01f,
                $"{card.Kind} '{card.Text.Text}' spans x {card.Box.Left}-{card.Box.Right}, its column {left}-{right}");
            Assert.True(card.Box.Top >= lane.Y - 0.01f && card.Box.Bottom <= lane.Bottom + 0.01f,
                $"{card.Kind} '{card.Text.Text}' spans y {card.Box.Top}-{card.Box.Bottom}, its lane {lane.Y}-{lane.Bottom}");
            foreach (var line in card.Text.Lines)
            {
                Assert.True(line.Width <= card.Box.Width + 0.5f, $"a line of '{card.Text.Text}' is {line.Width} wide in a {card.Box.Width} box");
            }
        }
    }
}
