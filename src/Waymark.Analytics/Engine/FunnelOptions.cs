namespace Waymark.Analytics.Engine;

/// <summary>A funnel over 2..50 steps; see docs/analytics.md for the exact rules.</summary>
public readonly record struct FunnelOptions
{
    public const int MaxSteps = 50;

    public IReadOnlyList<FunnelStep> Steps { get; init; }

    public FunnelMode Mode { get; init; }

    /// <summary>Conversion window from the first step's event (inclusive); null: no limit. Ignored without timestamps.</summary>
    public TimeSpan? Window { get; init; }

    public IReadOnlyList<FunnelExclusion>? Exclusions { get; init; }

    public FunnelBreakdown Breakdown { get; init; }

    public EventFilter Filter { get; init; }

    /// <summary>When set, the result's <see cref="FunnelResult.Periods"/> count customers by the period their best attempt started in.</summary>
    public TrendGranularity? Over { get; init; }
}
