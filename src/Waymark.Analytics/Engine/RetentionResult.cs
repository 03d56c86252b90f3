namespace Waymark.Analytics.Engine;

/// <summary>
/// The retention triangle: cohorts oldest first, each with periods 0..<see cref="Periods"/>, and the weighted average
/// row. <see cref="ObservedUntil"/> is where observation ends (the period's end or the last event, whichever is
/// earlier); null with no cohorts. <see cref="Truncated"/> says older cohorts beyond <see cref="RetentionOptions.MaxCohorts"/>
/// were left out.
/// </summary>
public sealed record RetentionResult(
    TrendGranularity Granularity,
    int Periods,
    long Customers,
    DateTimeOffset? ObservedUntil,
    bool Truncated,
    IReadOnlyList<RetentionCohort> Cohorts,
    IReadOnlyList<RetentionAverage> Average);
