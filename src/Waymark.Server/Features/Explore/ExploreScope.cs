using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Segments;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Explore;

/// <summary>
/// What an Explore analysis measures: one event source's log (docs/adr/042-sources-data-sources.md) and the engine's filter for a period and a segment,
/// resolved the same way as the map's overlay so a figure asked for here and on the map is the same figure. Every
/// Explore route gets its log and filter here and nowhere else.
/// </summary>
public sealed record ExploreScope(EventLog Log, EventFilter Filter, SeriesFilter Series, string? From, string? To)
{
    /// <summary>
    /// The scope of a query, or the problem that stops it (a bad period: 422; an unknown segment, source or map: 404).
    /// A source named wins over a map's; a map bound to no source reads the empty log.
    /// </summary>
    public static async Task<ExploreScopeResult> ResolveAsync(
        WaymarkDbContext db, EventLogCache logs, string workspaceId, ExploreQuery query, CancellationToken ct)
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

        var (source, unknown) = await SourceLog.ResolveAsync(db, logs, workspaceId, query.Source,
            string.IsNullOrEmpty(query.Source) ? query.Map : null, ct);
        if (source is null)
        {
            return new ExploreScopeResult(null, null, unknown);
        }

        var log = source.Log;
        var filter = series.Apply(new EventFilter { From = start, To = end });
        return new ExploreScopeResult(
            new ExploreScope(log, filter, series, TimeRangeQuery.Format(start), TimeRangeQuery.Format(end)), null, null);
    }
}
