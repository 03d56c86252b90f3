using Microsoft.AspNetCore.Mvc;
using Waymark.Render.Report;

namespace Waymark.Server.Features.Reports;

/// <summary>
/// The report's options: format (pdf, the default, or html), persona (a persona's id: its lanes, curve and card
/// only), and the period and segment of the measured sections, as the overlay takes them (from, to, segment).
/// </summary>
public sealed record ReportQuery
{
    [FromQuery(Name = "format")] public string? Format { get; init; }
    [FromQuery(Name = "persona")] public string? Persona { get; init; }
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "segment")] public string? Segment { get; init; }


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
