namespace Waymark.Analytics.Engine;

/// <summary>Trend periods, in UTC; weeks start on Monday (ISO 8601).</summary>
public enum TrendGranularity
{
    Day,
    Week,
}
