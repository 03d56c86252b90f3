namespace Waymark.Analytics.Engine;

/// <summary>One variant: its activities, customers following it, share, cumulative share and median duration (first to last event).</summary>
public sealed record Variant(IReadOnlyList<string> Activities, long Customers, double Share, double CumulativeShare, TimeSpan MedianDuration);
