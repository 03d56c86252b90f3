namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>Time from the first step to the last, for the customers who completed every step: median, p90 (seconds) and the histogram.</summary>
public sealed record TimeToConvertDto(long Customers, double? Median, double? P90, IReadOnlyList<TimeBucketDto> Buckets);
