namespace Waymark.Analytics.Overlay;

/// <summary>Customers who did a step within one day or week starting at <see cref="Start"/> (UTC).</summary>
public readonly record struct TrendBucket(DateTime Start, long Customers);
