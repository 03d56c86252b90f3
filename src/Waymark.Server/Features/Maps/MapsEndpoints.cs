using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.FileFormat;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Collab;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Maps;

/// <summary>Journey maps in a workspace: the document is the file format's canonical JSON.</summary>
public static class MapsEndpoints
{
    public static RouteGroupBuilder MapMaps(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/maps").WithTags("Maps");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Viewer).WithName("ListMaps").WithSummary("Lists the workspace's maps, last changed first.");
        group.MapGet("/{mapId}", Get).RequireRole(WorkspaceRole.Viewer, openToShareGuests: true).WithName("GetMap").WithSummary("Reads a map's document (the file format's JSON), with its ETag.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        group.MapPost("/", MapCreation.Create).RequireRole(WorkspaceRole.Editor).WithName("CreateMap").WithSummary("Creates a blank map of a kind, or one from a template.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPut("/{mapId}", Update).RequireRole(WorkspaceRole.Editor).WithName("UpdateMap").WithSummary("Saves a map's whole document (JSON or YAML); needs If-Match.")
            .Accepts<string>("application/json", RequestBody.YamlTypes)
            .AcceptsDocument(OpenApiBodies.MapDocument)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesIfMatchProblems().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{mapId}", Delete).RequireRole(WorkspaceRole.Editor).WithName("DeleteMap").WithSummary("Deletes a map and its revisions; needs If-Match.")
            .ProducesIfMatchProblems();
        return workspace;
    }

    public static async Task<Ok<MapSummary[]>> List(string workspaceId, WaymarkDbContext db, CancellationToken ct)
    {
        var rows = await db.Maps.AsNoTracking().Where(m => m.WorkspaceId == workspaceId)
            .OrderByDescending(m => m.UpdatedAt).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(MapRecords.Summary).ToArray());
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Get(
        string workspaceId, string mapId, HttpResponse response, WaymarkDbContext db, CancellationToken ct)
    {
        var entity = await MapQueries.FindAsync(db, workspaceId, mapId, ct);
        if (entity is null)
        {
            return Problems.NotFound("map", mapId);
        }

        ETags.Set(response, entity.Version);
        return TypedResults.Text(entity.Document, "application/json; charset=utf-8");
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> Update(
        string workspaceId, string mapId, HttpContext http, WaymarkDbContext db, CancellationToken ct)
    {
        var entity = await MapQueries.FindAsync(db, workspaceId, mapId, ct, tracking: true);
        if (entity is null)
        {
            return Problems.NotFound("map", mapId);
        }

        switch (ETags.Matches(http.Request, entity.Version))
        {
            case null: return Problems.IfMatchRequired();
            case false: return Problems.Stale("map", entity.Version, entity.UpdatedBy, entity.UpdatedAt);
        }

        var body = await RequestBody.ReadAsync(http.Request, ct);
        if (body is null)
        {
            return Problems.TooLarge(RequestBody.Limit);
        }

        var read = MapSerializer.Read(body, RequestBody.FormatOf(http.Request, null));
        if (!read.Succeeded)
        {
            return Problems.Invalid(read.Problems);
        }

        if (read.Map!.Id != mapId)
        {
            return Problems.Invalid("id", $"the document's id '{read.Map.Id}' is not the map '{mapId}' in the URL");
        }

        var summary = http.Request.Headers["X-Waymark-Summary"].ToString();
        var author = Authors.Of(http.Request);
        MapRecords.Update(db, entity, read.Map, author, summary.Length > 0 ? summary : "Saved");
        var logged = await DocumentPuts.LogAsync(db, entity, read.Map, http.Caller(), author, ct);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return await LostRaceAsync(db, workspaceId, mapId, ct);
        }

        await DocumentPuts.BroadcastAsync(http.RequestServices, mapId, logged);
        ETags.Set(http.Response, entity.Version);
        return TypedResults.Text(entity.Document, "application/json; charset=utf-8");
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string workspaceId, string mapId, HttpRequest request, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var entity = await MapQueries.FindAsync(db, workspaceId, mapId, ct, tracking: true);
        if (entity is null)
        {
            return Problems.NotFound("map", mapId);
        }

        switch (ETags.Matches(request, entity.Version))
        {
            case null: return Problems.IfMatchRequired();
            case false: return Problems.Stale("map", entity.Version, entity.UpdatedBy, entity.UpdatedAt);
        }

        db.Maps.Remove(entity);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return await LostRaceAsync(db, workspaceId, mapId, ct);
        }

        await audit.RecordAsync(request.HttpContext, workspaceId, AuditActions.MapDeleted, mapId, entity.Name);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The answer for a write that another request overtook: gone (404) or changed (412). Two saves of one version
    /// also race to append the same revision number; the loser is stale the same way.
    /// </summary>
    private static async Task<ProblemHttpResult> LostRaceAsync(WaymarkDbContext db, string workspaceId, string mapId, CancellationToken ct)
    {
        var current = await MapQueries.FindAsync(db, workspaceId, mapId, ct);
        return current is null
            ? Problems.NotFound("map", mapId)
            : Problems.Stale("map", current.Version, current.UpdatedBy, current.UpdatedAt);
    }
}
