namespace Waymark.Analytics.Engine;

/// <summary>
/// A step's customers per day, week or month, and with <see cref="Next"/> how many of them went on to it; see
/// docs/analytics.md ("Step trends").
/// </summary>
public readonly record struct StepTrendOptions
{
    /// <summary>The most periods reported: the latest are kept.</summary>
    public const int MaxPoints = 1000;

    public EventFilter Filter { get; init; }

    public FunnelStep Step { get; init; }

    public FunnelStep? Next { get; init; }

    public TrendGranularity Granularity { get; init; }
}
