namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>
/// The breakdown's groups, largest first. <see cref="Overlapping"/> is true for segments: a customer in several
/// counts in each, so the groups need not add up to the total.
/// </summary>
public sealed record FunnelBreakdownDto(string By, string? Attribute, bool Overlapping, IReadOnlyList<FunnelGroupDto> Groups);
