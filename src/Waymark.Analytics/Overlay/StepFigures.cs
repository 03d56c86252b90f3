namespace Waymark.Analytics.Overlay;

/// <summary>
/// One step's measured figures (rules in docs/analytics.md, "Overlay"). Durations are in seconds; figures that do
/// not apply (unbound step, outside the funnel, no next step) are null.
/// </summary>
public sealed record StepFigures(
    string StepId,
    bool Bound,
    bool InFunnel,
    long Customers,
    long Visitors,
    double? ShareOfEntrants,
    string? NextStepId,
    double? ConversionToNext,
    long? DropOff,
    double? DropOffRate,
    double? MedianFromPrevious,
    double? P90FromPrevious,
    IReadOnlyList<TrendBucket> Trend,
    int Loss,
    int Wait);
