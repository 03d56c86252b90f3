namespace Waymark.Analytics.Engine;

/// <summary>Trend and cohort periods, in UTC calendar terms; weeks start on Monday (ISO 8601), months on the 1st.</summary>
public enum TrendGranularity
{
    Day,
    Week,
    Month,
}
