using Microsoft.AspNetCore.Mvc;

namespace Waymark.Server.Features.Maps;

/// <summary>
/// The drawn export's options: pages (poster, a4 or letter; PDF), scale (1, 2 or 3; PNG), persona (a persona's id:
/// its lanes and curve only) and text (paths: an SVG whose text is outlines, for tools that ignore embedded fonts);
/// data (true: the data strip of measured figures under the steps, for the period from/to and the segment, as the
/// overlay route computes them). Scale and data are text so a wrong value gets our problem answer naming it, not the
/// framework's bare 400.
/// </summary>
public sealed record ExportQuery(
    [property: FromQuery(Name = "pages")] string? Pages = null,
    [property: FromQuery(Name = "scale")] string? Scale = null,
    [property: FromQuery(Name = "persona")] string? Persona = null,
    [property: FromQuery(Name = "text")] string? Text = null,
    [property: FromQuery(Name = "data")] string? Data = null,
    [property: FromQuery(Name = "from")] string? From = null,
    [property: FromQuery(Name = "to")] string? To = null,
    [property: FromQuery(Name = "segment")] string? Segment = null);
