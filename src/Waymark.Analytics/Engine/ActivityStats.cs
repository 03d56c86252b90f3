namespace Waymark.Analytics.Engine;

/// <summary>
/// One activity's figures: customers who did it, its events, the share of those customers who did it more than once,
/// and the time from a customer's first event to their first occurrence of it.
/// </summary>
public sealed record ActivityStats(string Activity, long Customers, long Events, double RepeatRate, DurationSummary TimeToFirst);
