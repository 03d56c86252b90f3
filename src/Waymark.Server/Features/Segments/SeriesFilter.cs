using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Data;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Segments;

/// <summary>
/// A series of figures: all customers (no segment) or one saved segment, as the engine's filter on top of a time
/// range. <see cref="Problem"/> is set when the segment does not exist.
/// </summary>
public sealed record SeriesFilter(string Key, string Name, SegmentConditions? Conditions, ProblemHttpResult? Problem)
{
    public const string AllKey = "all";

    public EventFilter Apply(EventFilter range) => Conditions is null ? range : SegmentFilters.Apply(Conditions, range);

    /// <summary>The series of a segment id; null or empty means all customers.</summary>
    public static async Task<SeriesFilter> ResolveAsync(WaymarkDbContext db, string workspaceId, string? segmentId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(segmentId))
        {
            return new SeriesFilter(AllKey, "All customers", null, null);
        }

        var entity = await SegmentStore.FindAsync(db, workspaceId, segmentId, ct);
        return entity is null
            ? new SeriesFilter(segmentId, segmentId, null, Problems.NotFound("segment", segmentId))
            : new SeriesFilter(entity.Id, entity.Name, SegmentStore.ConditionsOf(entity), null);
    }
}
