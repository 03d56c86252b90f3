namespace Waymark.Analytics.Engine;

/// <summary>
/// Cohorts by the first time a customer did <see cref="Start"/> (null: any event), returning when they did
/// <see cref="Return"/> (null: any event) in a later period; see docs/analytics.md ("Retention").
/// </summary>
public readonly record struct RetentionOptions
{
    public const int MaxPeriods = 60;

    /// <summary>The most cohorts reported: the latest are kept.</summary>
    public const int MaxCohorts = 200;

    public EventFilter Filter { get; init; }

    public FunnelStep? Start { get; init; }

    public FunnelStep? Return { get; init; }

    public TrendGranularity Granularity { get; init; }

    /// <summary>Periods after the cohort's own (1..60); 0 means 8.</summary>
    public int Periods { get; init; }

    public int EffectivePeriods => Periods == 0 ? 8 : Periods;
}
