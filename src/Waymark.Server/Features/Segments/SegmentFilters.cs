using Waymark.Analytics.Engine;

namespace Waymark.Server.Features.Segments;

/// <summary>A segment as the engine's customer filter (docs/analytics.md, "Filters").</summary>
public static class SegmentFilters
{
    /// <summary>The segment's conditions on top of <paramref name="filter"/> (its time range is kept).</summary>
    public static EventFilter Apply(SegmentConditions conditions, EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return filter with
        {
            Attributes = conditions.Attributes.Count == 0 ? null : [.. conditions.Attributes.Select(a => new AttributeCondition(a.Key, a.Values))],
            Did = conditions.Did.Count == 0 ? null : conditions.Did,
            DidNot = conditions.DidNot.Count == 0 ? null : conditions.DidNot,

            // An empty list means "any channel", not "no channel".
            Channels = conditions.Channels.Count == 0 ? null : conditions.Channels,
        };
    }
}
