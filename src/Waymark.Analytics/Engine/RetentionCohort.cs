namespace Waymark.Analytics.Engine;

/// <summary>
/// The customers whose first start fell in the period beginning <see cref="Start"/>; <see cref="Incomplete"/> when
/// that period is not wholly inside what was observed (it may still gain members).
/// </summary>
public sealed record RetentionCohort(DateOnly Start, long Customers, bool Incomplete, IReadOnlyList<RetentionCell> Cells);
