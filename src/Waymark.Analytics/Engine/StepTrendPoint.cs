namespace Waymark.Analytics.Engine;

/// <summary>
/// One period: customers with an event of the step in it, and (with a next step) how many of them did the next step
/// after their first such event; <see cref="Incomplete"/> when the period reaches outside what was observed.
/// </summary>
public sealed record StepTrendPoint(DateOnly PeriodStart, long Customers, long? Converted, bool Incomplete);
