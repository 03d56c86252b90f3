namespace Waymark.Render.Formats;

/// <summary>The files a map exports to besides its own JSON/YAML.</summary>
public enum ExportFormat
{
    Svg,
    Png,
    Pdf,
    Csv,
    Md,
}
