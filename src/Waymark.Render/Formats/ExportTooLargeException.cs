namespace Waymark.Render.Formats;

/// <summary>The picture asked for would be too many pixels; the message says what to ask for instead.</summary>
public sealed class ExportTooLargeException : Exception
{
    public ExportTooLargeException()
    {
    }

    public ExportTooLargeException(string message) : base(message)
    {
    }

    public ExportTooLargeException(string message, Exception inner) : base(message, inner)
    {
    }
}
