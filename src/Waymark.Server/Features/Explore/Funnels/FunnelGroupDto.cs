namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>
/// The funnel of one breakdown group: customers at each step, those excluded, and the share of its first step that
/// completed. <see cref="Key"/> names the group for the customers route (the value, "other", "(none)" or a segment id).
/// </summary>
public sealed record FunnelGroupDto(string Key, string Name, IReadOnlyList<long> Customers, long Excluded, double Conversion);
