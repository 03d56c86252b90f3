namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>Customers whose time to convert is above the previous bucket's bound and at most <see cref="UpTo"/> seconds (null: no bound).</summary>
public sealed record TimeBucketDto(string Label, double? UpTo, long Customers);
