namespace Waymark.Analytics.Engine;

/// <summary>Trend periods, in UTC; weeks start on Monday (ISO 8601); months on their first day.</summary>
public enum TrendGranularity
{
    Day,
    Week,
    Month,
}
