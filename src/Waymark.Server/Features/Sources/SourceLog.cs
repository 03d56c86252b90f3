using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Analytics.Events;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Caches;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Sources;

/// <summary>
/// The log a workspace-level read works on (activities, customers, summary, segment preview, drafts, Explore): the
/// source of the map it names, else the source it names, else the workspace's default source. A map bound to no
/// source gives the empty log, never another source's. <see cref="Key"/> is null only then.
/// </summary>
public sealed record SourceLog(EventLog Log, EventSourceKey? Key)
{
    public static async Task<(SourceLog? Log, ProblemHttpResult? Problem)> ResolveAsync(
        WaymarkDbContext db, EventLogCache logs, string workspaceId, string? source, string? mapId, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(mapId))
        {
            if (!await MapExistsAsync(db, workspaceId, mapId, ct))
            {
                return (null, Problems.NotFound("map", mapId));
            }

            var bound = await MapLogs.SourceOfAsync(db, workspaceId, mapId, ct);
            return (new SourceLog(bound is { } b ? await logs.GetAsync(b, ct) : EventLogCache.Empty, bound), null);
        }

        var resolved = await EventSources.ResolveAsync(db, workspaceId, source, ct);
        if (resolved.Key is not { } key)
        {
            return (null, resolved.Problem);
        }

        return (new SourceLog(await logs.GetAsync(key, ct), key), null);
    }

    private static Task<bool> MapExistsAsync(WaymarkDbContext db, string workspaceId, string mapId, CancellationToken ct) =>
        db.Maps.AnyAsync(m => m.Id == mapId && m.WorkspaceId == workspaceId, ct);
}
