using Waymark.Analytics.Overlay;

namespace Waymark.Server.Features.Overlay;

/// <summary>The overlay of a map for a time range: one or two series and, with two, their step comparison.</summary>
public sealed record OverlayResult(
    string MapId,
    string? From,
    string? To,
    string? EntryStepId,
    string? OutcomeStepId,
    IReadOnlyList<string> UnboundStepIds,
    IReadOnlyList<OverlaySeries> Series,
    IReadOnlyList<StepComparison>? Comparison);
