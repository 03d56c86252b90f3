namespace Waymark.Analytics.Engine;

/// <summary>Per-activity statistics, most customers first, with the log's totals.</summary>
public sealed record StatsResult(long Customers, long Events, IReadOnlyList<ActivityStats> Activities);
