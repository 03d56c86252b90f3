namespace Waymark.Analytics.Engine;

/// <summary>
/// A funnel: per step figures, customers excluded by exclusion steps, the time-to-convert histogram (first to last
/// step, for customers who completed), and per breakdown group (empty without a breakdown).
/// </summary>
public sealed record FunnelResult(
    IReadOnlyList<FunnelStepResult> Steps,
    long Excluded,
    IReadOnlyList<HistogramBucket> TimeToConvert,
    IReadOnlyList<FunnelGroupResult> Groups);
