using Microsoft.AspNetCore.Mvc;

namespace Waymark.Server.Features.Maps;

/// <summary>
/// The drawn export's options: pages (poster, a4 or letter; PDF), scale (1, 2 or 3; PNG), persona (a persona's id:
/// its lanes and curve only) and text (paths: an SVG whose text is outlines, for tools that ignore embedded fonts);
/// data (true: the data strip of measured figures under the steps, for the period from/to and the segment, as the
/// overlay route computes them). Scale and data are text so a wrong value gets our problem answer naming it, not the
/// framework's bare 400.
/// </summary>
public sealed record ExportQuery
{
    [FromQuery(Name = "pages")] public string? Pages { get; init; }
    [FromQuery(Name = "scale")] public string? Scale { get; init; }
    [FromQuery(Name = "persona")] public string? Persona { get; init; }
    [FromQuery(Name = "text")] public string? Text { get; init; }
    [FromQuery(Name = "data")] public string? Data { get; init; }
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "segment")] public string? Segment { get; init; }
}
