using Waymark.Analytics.Attribution;

namespace Waymark.Server.Features.Attribution;

/// <summary>
/// Credit for a map's outcome per channel or touchpoint under each model, for a period and a segment
/// (docs/analytics.md, "Attribution"). <c>by</c> is "channel" or "touchpoint"; the segment is its key and name
/// ("all" / "All customers" without one); the notes say what was sampled, how large the chains were and what was
/// left out.
/// </summary>
public sealed record AttributionAnswer(
    string MapId,
    string By,
    string? From,
    string? To,
    string SegmentKey,
    string SegmentName,
    string? OutcomeStepId,
    long Customers,
    long Conversions,
    long ConversionsWithoutTouch,
    long Touches,
    IReadOnlyList<AttributionPlayer> Players,
    int? MarkovFirstOrderStates,
    int? MarkovSecondOrderStates,
    int? ShapleyPermutations,
    double ShapleyError,
    IReadOnlyList<string> Notes);
