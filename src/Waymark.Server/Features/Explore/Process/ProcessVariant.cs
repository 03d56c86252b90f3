namespace Waymark.Server.Features.Explore.Process;

/// <summary>One variant: its activities in order, customers following it, their share and median first-to-last time.</summary>
public sealed record ProcessVariant(IReadOnlyList<string> Activities, long Customers, double Share, double MedianSeconds);
