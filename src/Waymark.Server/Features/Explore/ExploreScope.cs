using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Segments;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Explore;

/// <summary>
/// What an Explore analysis measures: one event source (docs/adr/042-sources-data-sources.md; null for a map bound to
/// none, the empty log) and the engine's filter for a period and a segment, resolved the same way as the map's overlay
/// so a figure asked for here and on the map is the same figure. Every Explore route gets its source and filter here
/// and nowhere else. The source's log is not read here: an analysis pushed down never needs it (ADR 064).
/// </summary>
public sealed record ExploreScope(EventSourceKey? Source, EventFilter Filter, SeriesFilter Series, string? From, string? To)
{
    /// <summary>
    /// The scope of a query, or the problem that stops it (a bad period: 422; an unknown segment, source or map: 404).
    /// A source named wins over a map's; a map bound to no source reads the empty log.
    /// </summary>
    public static async Task<ExploreScopeResult> ResolveAsync(
        WaymarkDbContext db, string workspaceId, ExploreQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (start, end, problems) = TimeRangeQuery.Parse(query.From, query.To);
        if (problems.Count > 0)
        {
            return new ExploreScopeResult(null, Problems.Invalid(problems, "The period is not valid"), null);
        }

        var series = await SeriesFilter.ResolveAsync(db, workspaceId, query.Segment, ct);
        if (series.Problem is { } missing)
        {
            return new ExploreScopeResult(null, null, missing);
        }

        var (source, unknown) = await SourceLog.ResolveSourceAsync(db, workspaceId, query.Source,
            string.IsNullOrEmpty(query.Source) ? query.Map : null, ct);
        if (source is null)
        {
            return new ExploreScopeResult(null, null, unknown);
        }

        var filter = series.Apply(new EventFilter { From = start, To = end });
        return new ExploreScopeResult(
            new ExploreScope(source.Key, filter, series, TimeRangeQuery.Format(start), TimeRangeQuery.Format(end)), null, null);
    }
}
