namespace Waymark.Server.Features.Explore.Retention;

/// <summary>
/// The retention triangle of a scope: cohorts by the first start (a step, or any event) per day, week or month,
/// oldest first, each with periods 0..<see cref="Periods"/> (0 is the cohort itself), and the weighted average row
/// over complete cells. docs/analytics.md ("Retention") says what each figure counts.
/// </summary>
public sealed record RetentionAnswer(
    string? From,
    string? To,
    string Granularity,
    int Periods,
    string Start,
    string Return,
    long Customers,
    DateTime? ObservedUntil,
    bool Truncated,
    IReadOnlyList<RetentionCohortDto> Cohorts,
    IReadOnlyList<RetentionAverageDto> Average);

/// <summary>One cohort: its first day, its customers, whether its own period was seen only in part, and its cells.</summary>
public sealed record RetentionCohortDto(string Start, long Customers, bool Incomplete, IReadOnlyList<RetentionCellDto> Cells);

/// <summary>
/// Period k of a cohort: customers who returned in it and their share of the cohort (0..1); state is "complete",
/// "incomplete" (the period is not over, or began before the scope) or "notYet" (not observed at all: no figure).
/// </summary>
public sealed record RetentionCellDto(int Period, string Start, long Customers, double Share, string State);

/// <summary>Period k over the cohorts whose period k is complete: returning / their customers (null: none complete).</summary>
public sealed record RetentionAverageDto(int Period, long Customers, long CohortCustomers, double? Share);
