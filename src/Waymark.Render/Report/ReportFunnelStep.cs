namespace Waymark.Render.Report;

/// <summary>One step of the funnel, with the overlay's own figures (shares 0..1, durations in seconds).</summary>
public sealed record ReportFunnelStep(
    string StepId,
    long Customers,
    double? ShareOfEntrants,
    double? ConversionToNext,
    long? DropOff,
    double? DropOffRate,
    double? MedianFromPrevious);
