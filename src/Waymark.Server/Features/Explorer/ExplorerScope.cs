using Waymark.Analytics.Feedback;
using Waymark.Analytics.Feedback.Search;

namespace Waymark.Server.Features.Explorer;

/// <summary>
/// An explorer request resolved against one feedback snapshot: the filter with the map's steps, the segment's
/// customers and the tags turned into items, the map's placement (when a map was named) and every tag's items.
/// </summary>
internal sealed record ExplorerScope(
    FeedbackSnapshot Snapshot,
    FeedbackFilter Filter,
    Placement[]? Placements,
    IReadOnlyList<string> StepIds,
    IReadOnlyDictionary<string, ItemSet> Tags)
{
    /// <summary>The step id an item is placed on by the named map, or null.</summary>
    public string? StepOf(int item) => Placements is { } p && p[item].IsPlaced ? StepIds[p[item].Step] : null;

    /// <summary>The tag ids on an item, in the order of <see cref="Tags"/>.</summary>
    public IReadOnlyList<string> TagsOf(int item) => [.. Tags.Where(t => t.Value.Contains(item)).Select(t => t.Key)];
}
