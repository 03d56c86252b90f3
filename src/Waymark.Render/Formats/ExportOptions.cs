namespace Waymark.Render.Formats;

/// <summary>
/// How to export: <c>Scale</c> (1, 2 or 3) is the PNG's pixels per map pixel; <c>TextAsPaths</c> makes an SVG
/// that needs no font; <c>PersonaId</c> keeps one persona's lanes and curve; <c>Date</c> goes in the PDF footer;
/// <c>Data</c> adds the data strip of measured figures under the step headers (drawn formats only).
/// </summary>
public sealed record ExportOptions(
    ExportFormat Format, PageMode Pages = PageMode.Poster, int Scale = 2, string? PersonaId = null, bool TextAsPaths = false,
    DateTimeOffset? Date = null, Data.MapData? Data = null);
