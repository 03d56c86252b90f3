namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>
/// A funnel to measure: the scope (period, segment), the map its map steps are on, 2 to 50 steps (a map step or an
/// activity each), the mode ("ordered", "strict" or "anyOrder"), the conversion window in seconds, exclusions, a
/// breakdown and the periods of the conversion over time ("day", "week" or "month"). Durations are in seconds.
/// </summary>
public class FunnelRequest
{
    public string? From { get; init; }

    public string? To { get; init; }

    public string? Segment { get; init; }

    public string? Map { get; init; }

    /// <summary>The event source measured (none: the map's source with a map, else the workspace's default).</summary>
    public string? Source { get; init; }

    public IReadOnlyList<ExploreStepRef>? Steps { get; init; }

    public string? Mode { get; init; }

    public long? WindowSeconds { get; init; }

    public IReadOnlyList<FunnelExclusionRequest>? Exclusions { get; init; }

    public FunnelBreakdownRequest? Breakdown { get; init; }

    public string? Over { get; init; }
}
