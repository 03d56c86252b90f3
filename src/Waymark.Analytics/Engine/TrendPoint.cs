namespace Waymark.Analytics.Engine;

/// <summary>One period: its first day, the events in it and the distinct customers with an event in it.</summary>
public sealed record TrendPoint(DateOnly PeriodStart, long Events, long Customers);
