using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Feedback.Search;
using Waymark.Analytics.Feedback;
using Waymark.Core.FileFormat;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Segments;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Explorer;

/// <summary>
/// Turns the conditions that live outside the feedback into items of the workspace's snapshot: a map's steps (by
/// the map's own placement, cached per snapshot), a segment's customers (the overlay's pass over the log, with the
/// period, as the map's feedback judges a segment) and tags (the links, by stable item id).
/// </summary>
public sealed record ExplorerResolver(WaymarkDbContext Db, EventLogCache Logs, FeedbackCache Feedback, PlacementCache Placements, FeedbackTagCache TagLinks)
{
    /// <summary>Where a segment's customers are found: the named map's source, else the workspace's default source.</summary>
    private async Task<EventLog> SegmentLogAsync(string workspaceId, string? mapId, CancellationToken ct)
    {
        if (mapId is not null)
        {
            return await Logs.ForMapAsync(Db, workspaceId, mapId, ct);
        }

        return await EventSources.DefaultAsync(Db, workspaceId, ct) is { } source ? await Logs.GetAsync(source, ct) : EventLogCache.Empty;
    }

    internal async Task<(ExplorerScope? Scope, ProblemHttpResult? Missing)> ResolveAsync(string workspaceId, ExplorerRequest request, CancellationToken ct)
    {
        var snapshot = await Feedback.GetAsync(workspaceId, ct);
        var explorer = snapshot.Explorer;
        var tags = await TagSetsAsync(workspaceId, explorer, ct);
        var within = (ItemSet?)null;
        var (placements, stepIds) = ((Placement[]?)null, (IReadOnlyList<string>)[]);
        if (request.MapId is { } mapId)
        {
            var map = await MapQueries.FindAsync(Db, workspaceId, mapId, ct);
            if (map is null)
                return (null, Problems.NotFound("map", mapId));
            var log = await Logs.ForMapAsync(Db, workspaceId, mapId, ct);
            if (MapSerializer.Read(map.Document, MapFormat.Json).Map is not { } model)
                return (null, Problems.NotFound("map", mapId));
            (placements, stepIds) = Placements.Get(snapshot, log, model, mapId, map.Version, TimeSpan.FromHours(request.WindowHours));
            if (request.StepIds.Count > 0)
            {
                var wanted = request.StepIds.Select(s => IndexOf(stepIds, s)).Where(i => i >= 0).ToHashSet();
                within = Both(within, FeedbackScope.OnSteps(placements, wanted));
            }
        }

        if (request.SegmentId is { } segmentId)
        {
            var segment = await SegmentStore.FindAsync(Db, workspaceId, segmentId, ct);
            if (segment is null)
                return (null, Problems.NotFound("segment", segmentId));
            var filter = SegmentFilters.Apply(SegmentStore.ConditionsOf(segment), new EventFilter { From = request.From, To = request.To });
            within = Both(within, FeedbackScope.Customers(await SegmentLogAsync(workspaceId, request.MapId, ct), filter, snapshot.Items, ct));
        }

        if (request.TagIds.Count > 0)
        {
            var tagged = new ItemSet(explorer.Count);
            foreach (var id in request.TagIds)
            {
                foreach (var i in tags.GetValueOrDefault(id)?.Items() ?? [])
                    tagged.Add(i);
            }

            within = Both(within, tagged);
        }

        var topics = Topics(snapshot.Topics, request.Filter.Topics);
        return (new ExplorerScope(snapshot, request.Filter with { Within = within, Topics = topics }, placements, stepIds, tags), null);
    }

    private async Task<Dictionary<string, ItemSet>> TagSetsAsync(string workspaceId, FeedbackExplorer explorer, CancellationToken ct)
    {
        var links = await TagLinks.GetAsync(Db, workspaceId, ct);
        var sets = new Dictionary<string, ItemSet>(StringComparer.Ordinal);
        foreach (var (tagId, ids) in links)
        {
            var set = new ItemSet(explorer.Count);
            foreach (var id in ids)
            {
                if (explorer.IndexOf(id) is var i && i >= 0)
                    set.Add(i);
            }

            sets[tagId] = set;
        }

        return sets;
    }

    /// <summary>
    /// A topic filter as the workspace curated it: a merged topic matches any of its phrases (so the explorer counts
    /// what the map and the findings count); a phrase the index does not know is matched as written.
    /// </summary>
    private static IReadOnlyList<string>? Topics(Analytics.Text.TopicIndex index, IReadOnlyList<string>? wanted) =>
        wanted is null ? null : [.. wanted.SelectMany(t => index.Find(t) is >= 0 and var id ? index.PhrasesFor(id) : [t]).Distinct(StringComparer.Ordinal)];

    private static ItemSet Both(ItemSet? a, ItemSet b)
    {
        if (a is null)
            return b;
        a.IntersectWith(b);
        return a;
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
                return i;
        }

        return -1;
    }
}
