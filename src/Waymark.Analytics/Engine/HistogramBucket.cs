namespace Waymark.Analytics.Engine;

/// <summary>Customers whose time to convert is at most <see cref="UpTo"/> (and above the previous bucket); null: no bound.</summary>
public sealed record HistogramBucket(string Label, TimeSpan? UpTo, long Customers);
