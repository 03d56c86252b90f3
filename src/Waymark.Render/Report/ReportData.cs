namespace Waymark.Render.Report;

/// <summary>
/// The measured side of a report, for one period and segment (<see cref="Period"/> names them): the funnel from
/// entry to outcome as the overlay computes it, the measured emotion curve as the feedback overlay computes it, and
/// the ranked findings of "where it hurts" with their quotes.
/// </summary>
public sealed record ReportData(
    string Period,
    long Entrants,
    long OutcomeCustomers,
    double OutcomeConversion,
    IReadOnlyList<ReportFunnelStep> Funnel,
    IReadOnlyList<ReportCurvePoint> MeasuredCurve,
    IReadOnlyList<ReportFinding> Findings)
{
    /// <summary>How many feedback items were placed on the map's steps (0: the measured curve says so).</summary>
    public int FeedbackPlaced { get; init; }
}
