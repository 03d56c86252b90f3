namespace Waymark.Analytics.Engine;

/// <summary>
/// A step's series, oldest first, every period of the observed range listed (empty ones with 0), and the totals over
/// the whole range: distinct customers with the step (not the sum of the periods, where a customer may count in
/// several) and how many of them did the next step after their first step event.
/// </summary>
public sealed record StepTrendResult(
    TrendGranularity Granularity,
    long Customers,
    long? Converted,
    DateTimeOffset? ObservedFrom,
    DateTimeOffset? ObservedUntil,
    bool Truncated,
    IReadOnlyList<StepTrendPoint> Points);
