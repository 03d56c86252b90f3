using Microsoft.AspNetCore.Mvc;
using Waymark.Render.Report;

namespace Waymark.Server.Features.Reports;

/// <summary>
/// The report's options: format (pdf, the default, or html), persona (a persona's id: its lanes, curve and card
/// only), and the period and segment of the measured sections, as the overlay takes them (from, to, segment).
/// </summary>
public sealed record ReportQuery(
    [property: FromQuery(Name = "format")] string? Format = null,
    [property: FromQuery(Name = "persona")] string? Persona = null,
    [property: FromQuery(Name = "from")] string? From = null,
    [property: FromQuery(Name = "to")] string? To = null,
    [property: FromQuery(Name = "segment")] string? Segment = null)
{
    public bool TryFormat(out ReportFormat format)
    {
        format = ReportFormat.Pdf;
        if (string.IsNullOrEmpty(Format) || Format.Equals("pdf", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        format = ReportFormat.Html;
        return Format.Equals("html", StringComparison.OrdinalIgnoreCase);
    }
}
