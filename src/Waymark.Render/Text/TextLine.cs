namespace Waymark.Render.Text;

/// <summary>One line of a block: its text (for tests and alt text), width and runs in visual order.</summary>
public sealed record TextLine(string Text, float Width, IReadOnlyList<GlyphRun> Runs, bool RightToLeft);
