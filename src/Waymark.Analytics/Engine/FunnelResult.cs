namespace Waymark.Analytics.Engine;

/// <summary>
/// A funnel: per step figures, customers excluded by exclusion steps, the time-to-convert histogram (first to last
/// step, for customers who completed), and per breakdown group (empty without a breakdown).
/// </summary>
public sealed record FunnelResult(
    IReadOnlyList<FunnelStepResult> Steps,
    long Excluded,
    IReadOnlyList<HistogramBucket> TimeToConvert,
    IReadOnlyList<FunnelGroupResult> Groups)
{
    /// <summary>Median, p90 (and the rest) of the same times as <see cref="TimeToConvert"/>.</summary>
    public DurationSummary TimeToConvertSummary { get; init; }

    /// <summary>Per period of the best attempt's start, oldest first (empty unless <see cref="FunnelOptions.Over"/> is set).</summary>
    public IReadOnlyList<FunnelPeriod> Periods { get; init; } = [];
}
