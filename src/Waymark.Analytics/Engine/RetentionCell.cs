namespace Waymark.Analytics.Engine;

/// <summary>
/// Period <see cref="Period"/> of a cohort (0 is the cohort's own period): the customers who returned in it and their
/// share of the cohort (0..1). Period 0 is the cohort itself (all of it).
/// </summary>
public sealed record RetentionCell(int Period, DateOnly PeriodStart, long Customers, double Share, RetentionCellState State);
