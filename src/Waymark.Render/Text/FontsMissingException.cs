namespace Waymark.Render.Text;

/// <summary>The machine lacks the font every export needs; the message names the Debian package to install.</summary>
public sealed class FontsMissingException : Exception
{
    public FontsMissingException()
    {
    }

    public FontsMissingException(string message) : base(message)
    {
    }

    public FontsMissingException(string message, Exception inner) : base(message, inner)
    {
    }
}
