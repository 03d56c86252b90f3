using Waymark.Analytics.Feedback.Search;

namespace Waymark.Server.Features.Explorer;

/// <summary>
/// An explorer query read and checked: the conditions the explorer tests itself (<see cref="Filter"/>) and the ones
/// resolved against the database, the event log or a map (map and steps, segment, tags), the order and the page.
/// </summary>
internal sealed record ExplorerRequest(
    FeedbackFilter Filter,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? MapId,
    IReadOnlyList<string> StepIds,
    string? SegmentId,
    IReadOnlyList<string> TagIds,
    int WindowHours,
    ExplorerSort Sort,
    int Offset,
    int Limit);
