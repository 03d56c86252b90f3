namespace Waymark.Render.Text;

/// <summary>A wrapped paragraph ready to draw: lines of shaped glyphs at one size and line height.</summary>
public sealed record TextBlock(string Text, float Size, bool Bold, float LineHeight, IReadOnlyList<TextLine> Lines)
{
    public static TextBlock Empty { get; } = new("", 0, false, 0, []);

    public float Height => Lines.Count * LineHeight;

    public float Width
    {
        get
        {
            var width = 0f;
            foreach (var line in Lines)
            {
                width = Math.Max(width, line.Width);
            }

            return width;
        }
    }
}
