using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Sources;

/// <summary>Which event source a map's bindings resolve in: read it, and bind the map to another source (or none).</summary>
public static class MapSourceEndpoints
{
    public static RouteGroupBuilder MapMapSource(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/maps/{mapId}/source", Get).RequireRole(WorkspaceRole.Viewer, shareGuestsNeedData: true).WithTags("Sources")
            .WithName("GetMapSource").WithSummary("The event source a map's figures come from, or none.");
        workspace.MapPut("/maps/{mapId}/source", Put).RequireRole(WorkspaceRole.Editor).WithTags("Sources")
            .WithName("SetMapSource").WithSummary("Binds a map to one of the workspace's event sources, or to none (null).")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return workspace;
    }

    public static async Task<Results<Ok<MapSourceDto>, ProblemHttpResult>> Get(string workspaceId, string mapId, WaymarkDbContext db, CancellationToken ct)
    {
        var map = await db.Maps.AsNoTracking().Where(m => m.Id == mapId && m.WorkspaceId == workspaceId)
            .Select(m => new { m.SourceId }).FirstOrDefaultAsync(ct);
        return map is null ? Problems.NotFound("map", mapId) : TypedResults.Ok(await DtoAsync(db, workspaceId, map.SourceId, ct));
    }

    public static async Task<Results<Ok<MapSourceDto>, ValidationProblem, ProblemHttpResult>> Put(
        string workspaceId, string mapId, MapSourceRequest request, HttpContext http, WaymarkDbContext db, IEventStore events, IAuditTrail audit,
        CancellationToken ct)
    {
        var sourceId = string.IsNullOrEmpty(request.SourceId) ? null : request.SourceId;
        if (sourceId is not null && !await EventSources.ExistsAsync(db, workspaceId, sourceId, ct))
        {
            return Problems.Invalid("sourceId", $"the workspace has no event source '{sourceId}'");
        }

        // The map's switched-on rules start after the new source's history, as when they were switched on: their
        // EventsAfter was the old source's sequence, which says nothing of the new one's (per-source or shared, the
        // new source's older events would fire). One transaction, so the evaluator never sees one without the other.
        var historyEnd = sourceId is null ? 0 : await events.LastSequenceAsync(new EventSourceKey(workspaceId, sourceId), ct);
        int changed;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            changed = await db.Maps.Where(m => m.Id == mapId && m.WorkspaceId == workspaceId && m.SourceId != sourceId)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.SourceId, sourceId), ct);
            if (changed > 0)
            {
                await db.Rules.Where(r => r.WorkspaceId == workspaceId && r.MapId == mapId && r.Enabled)
                    .ExecuteUpdateAsync(r => r.SetProperty(x => x.EventsAfter, historyEnd), ct);
            }

            await transaction.CommitAsync(ct);
        }

        if (changed == 0 && !await db.Maps.AnyAsync(m => m.Id == mapId && m.WorkspaceId == workspaceId, ct))
        {
            return Problems.NotFound("map", mapId);
        }

        var dto = await DtoAsync(db, workspaceId, sourceId, ct);
        if (changed > 0)
        {
            await audit.RecordAsync(http, workspaceId, AuditActions.MapSourceChanged, mapId, dto.SourceName ?? "no source");
        }

        return TypedResults.Ok(dto);
    }

    private static async Task<MapSourceDto> DtoAsync(WaymarkDbContext db, string workspaceId, string? sourceId, CancellationToken ct)
    {
        var name = sourceId is null ? null : await db.EventSources.AsNoTracking()
            .Where(s => s.Id == sourceId && s.WorkspaceId == workspaceId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        return new MapSourceDto(name is null ? null : sourceId, name);
    }
}
