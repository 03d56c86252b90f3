namespace Waymark.Render.Formats;

/// <summary>An exported file: its bytes, media type and file extension (with the dot).</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string Extension);
