namespace Waymark.Render.Report;

/// <summary>The stakeholder report as a printable PDF or as one self-contained HTML page.</summary>
public enum ReportFormat
{
    Pdf,
    Html,
}
