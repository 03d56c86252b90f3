namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>
/// An activity (or a map step's activities) that must not happen between step <see cref="After"/> (0-based) and the
/// next one: a customer who does it there is excluded.
/// </summary>
public sealed record FunnelExclusionRequest(string? StepId, string? Activity, int After);
