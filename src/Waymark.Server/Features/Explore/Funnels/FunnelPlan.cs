using Waymark.Analytics.Engine;

namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>
/// A funnel request read, checked and resolved: the scope, the engine's options (steps, mode, window, exclusions,
/// an attribute or channel breakdown, periods) and, for a breakdown by segment, each segment's filter within the scope.
/// </summary>
internal sealed record FunnelPlan(
    ExploreScope Scope,
    FunnelOptions Options,
    IReadOnlyList<ExploreStepRef> Refs,
    string Mode,
    FunnelBreakdownRequest? Breakdown,
    int GroupLimit,
    IReadOnlyList<FunnelSegmentGroup> SegmentGroups);
