namespace Waymark.Analytics.Engine;

/// <summary>
/// Summary of a set of durations. Median and P90 are discrete (nearest-rank) quantiles: the value at sorted
/// index ceil(n * q) - 1, as DuckDB's quantile_disc.
/// </summary>
public readonly record struct DurationSummary(long Count, TimeSpan Mean, TimeSpan Median, TimeSpan P90, TimeSpan Min, TimeSpan Max)
{
    public static DurationSummary Empty { get; } = default;
}
