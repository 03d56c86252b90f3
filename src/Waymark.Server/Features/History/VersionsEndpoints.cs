using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.History;

/// <summary>
/// A map's named versions (docs/adr/048): a name on a seq of its log. Editors name, rename and delete them; every
/// reader sees them in the history. Each change goes to the audit trail like the map's other changes.
/// </summary>
public static class VersionsEndpoints
{
    public static RouteGroupBuilder MapMapVersions(this RouteGroupBuilder map)
    {
        map.MapPost("/versions", Create).RequireRole(WorkspaceRole.Editor).WithName("CreateMapVersion")
            .WithSummary("Names a version of the map: at seq, or at its current seq when seq is left out.");
        map.MapPatch("/versions/{versionId}", Rename).RequireRole(WorkspaceRole.Editor).WithName("RenameMapVersion")
            .WithSummary("Gives a named version of the map a new name.");
        map.MapDelete("/versions/{versionId}", Delete).RequireRole(WorkspaceRole.Editor).WithName("DeleteMapVersion")
            .WithSummary("Deletes a named version (the map and its history stay as they are).");
        return map;
    }

    public static async Task<Results<Created<MapVersion>, ValidationProblem, ProblemHttpResult>> Create(string workspaceId, string mapId,
        CreateVersionRequest body, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var map = await MapQueries.FindAsync(db, workspaceId, mapId, ct);
        if (map is null)
        {
            return Problems.NotFound("map", mapId);
        }

        var (name, problem) = VersionNames.Check(body.Name);
        if (name is null)
        {
            return Problems.Invalid([problem!], "The version is not valid");
        }

        var seq = body.Seq ?? map.OpSeq;
        if (MapTimeline.RangeProblem(seq, await MapTimeline.OldestAsync(db, map, ct), map.OpSeq) is { } badSeq)
        {
            return Problems.Invalid("seq", badSeq);
        }

        var caller = http.Caller();
        var entity = new MapVersionEntity
        {
            Id = Ids.New("ver"), WorkspaceId = workspaceId, MapId = mapId, Seq = seq, Name = name,
            CreatedById = Clip(caller.UserId ?? caller.GuestId ?? Caller.LocalUserId), CreatedByName = Authors.Of(http.Request), CreatedAt = DateTime.UtcNow,
        };
        db.MapVersions.Add(entity);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("map", mapId); // the map was deleted meanwhile
        }

        await audit.RecordAsync(http, workspaceId, AuditActions.MapVersionNamed, mapId, Invariant($"{map.Name}: '{name}' at seq {seq}"));
        return TypedResults.Created($"/api/workspaces/{workspaceId}/maps/{mapId}/versions/{entity.Id}", Dto(entity));
    }

    public static async Task<Results<Ok<MapVersion>, ValidationProblem, ProblemHttpResult>> Rename(string workspaceId, string mapId, string versionId,
        RenameVersionRequest body, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var entity = await FindAsync(db, workspaceId, mapId, versionId, ct);
        if (entity is null)
        {
            return Problems.NotFound("version", versionId);
        }

        var (name, problem) = VersionNames.Check(body.Name);
        if (name is null)
        {
            return Problems.Invalid([problem!], "The version is not valid");
        }

        var old = entity.Name;
        entity.Name = name;
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("version", versionId);
        }

        await audit.RecordAsync(http, workspaceId, AuditActions.MapVersionRenamed, mapId, $"{old} → {name}");
        return TypedResults.Ok(Dto(entity));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(string workspaceId, string mapId, string versionId,
        HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var entity = await FindAsync(db, workspaceId, mapId, versionId, ct);
        if (entity is null)
        {
            return Problems.NotFound("version", versionId);
        }

        db.MapVersions.Remove(entity);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("version", versionId);
        }

        await audit.RecordAsync(http, workspaceId, AuditActions.MapVersionDeleted, mapId, entity.Name);
        return TypedResults.NoContent();
    }

    /// <summary>The map's named versions, newest point first.</summary>
    internal static async Task<MapVersion[]> ListAsync(WaymarkDbContext db, string mapId, CancellationToken ct)
    {
        var rows = await db.MapVersions.AsNoTracking().Where(v => v.MapId == mapId).ToListAsync(ct);
        return rows.OrderByDescending(v => v.Seq).ThenByDescending(v => v.CreatedAt).Select(Dto).ToArray();
    }

    /// <summary>A version of this map in this workspace; another map's (or workspace's) version is not found.</summary>
    private static Task<MapVersionEntity?> FindAsync(WaymarkDbContext db, string workspaceId, string mapId, string versionId, CancellationToken ct) =>
        db.MapVersions.FirstOrDefaultAsync(v => v.Id == versionId && v.MapId == mapId && v.WorkspaceId == workspaceId, ct);

    private static MapVersion Dto(MapVersionEntity v) => new(v.Id, v.Name, v.Seq, v.CreatedById, v.CreatedByName, v.CreatedAt);

    private static string Clip(string text) => text.Length > 200 ? text[..200] : text;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
