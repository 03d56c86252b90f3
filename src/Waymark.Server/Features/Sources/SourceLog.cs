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
        var (found, problem) = await ResolveSourceAsync(db, workspaceId, source, mapId, ct);
        if (found is null)
        {
            return (null, problem);
        }

        return (new SourceLog(found.Key is { } key ? await logs.GetAsync(key, ct) : EventLogCache.Empty, found.Key), null);
    }

    /// <summary>
    /// The same choice without reading the log, for a caller whose figures may be pushed down to the event store
    /// (docs/adr/064-server-pushdown.md): the source, with a null key for a map bound to none, or the problem.
    /// </summary>
    public static async Task<(SourceChoice? Source, ProblemHttpResult? Problem)> ResolveSourceAsync(
        WaymarkDbContext db, string workspaceId, string? source, string? mapId, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(mapId))
        {
            if (!await MapExistsAsync(db, workspaceId, mapId, ct))
            {
                return (null, Problems.NotFound("map", mapId));
            }

            return (new SourceChoice(await MapLogs.SourceOfAsync(db, workspaceId, mapId, ct)), null);
        }

        var resolved = await EventSources.ResolveAsync(db, workspaceId, source, ct);
        return resolved.Key is { } key ? (new SourceChoice(key), null) : (null, resolved.Problem);
    }

    private static Task<bool> MapExistsAsync(WaymarkDbContext db, string workspaceId, string mapId, CancellationToken ct) =>
        db.Maps.AnyAsync(m => m.Id == mapId && m.WorkspaceId == workspaceId, ct);
}
