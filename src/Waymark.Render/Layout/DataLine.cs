using Waymark.Render.Text;

namespace Waymark.Render.Layout;

/// <summary>One line of the data strip: its text, and whether it reads as a note (muted) rather than a figure.</summary>
public sealed record DataLine(TextBlock Text, bool Muted);
