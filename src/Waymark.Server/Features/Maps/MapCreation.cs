using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Core.Templates;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Maps;

/// <summary>New maps: blank, from a template, or as a copy (optionally the future state of a current-state map).</summary>
public static class MapCreation
{
    public static RouteGroupBuilder MapMapCopies(this RouteGroupBuilder workspace)
    {
        workspace.MapPost("/maps/{mapId}/duplicate", Duplicate).RequireRole(WorkspaceRole.Editor).WithTags("Maps")
            .WithName("DuplicateMap").WithSummary("Copies a map as a new one, optionally as its future state.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return workspace;
    }

    public static async Task<Results<Created<MapSummary>, ValidationProblem, ProblemHttpResult>> Create(
        string workspaceId, CreateMapRequest request, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        JourneyMap map;
        if (!string.IsNullOrEmpty(request.TemplateId))
        {
            var template = TemplateLibrary.Find(request.TemplateId);
            if (template is null)
            {
                return Problems.Invalid("templateId", $"unknown template '{request.TemplateId}'");
            }

            map = MapCopier.Copy(template.Create(), newIds: true);
        }
        else
        {
            if (!TryKind(request.Kind, out var kind))
            {
                return Problems.Invalid("kind", $"unknown map kind '{request.Kind}'; expected one of {string.Join(", ", Enum.GetValues<MapKind>().Select(MapRecords.KindName))}");
            }

            map = BlankMaps.Create(kind);
        }

        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            map.Name = request.Name.Trim();
        }

        var summary = request.TemplateId is null ? "Created" : $"Created from template {request.TemplateId}";
        return await SaveNewAsync(db, audit, workspaceId, map, http, new(AuditActions.MapCreated, summary), ct);
    }

    public static async Task<Results<Created<MapSummary>, ValidationProblem, ProblemHttpResult>> Duplicate(
        string workspaceId, string mapId, DuplicateMapRequest? request, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var source = await MapQueries.FindAsync(db, workspaceId, mapId, ct);
        if (source is null)
        {
            return Problems.NotFound("map", mapId);
        }

        var original = MapSerializer.Read(source.Document, MapFormat.Json).Map!;
        var copy = MapCopier.Copy(original, newIds: true);
        if (request?.AsFutureState == true)
        {
            copy.Kind = MapKind.FutureState;
            copy.BasedOnMapId = original.Id;
        }

        copy.Name = string.IsNullOrWhiteSpace(request?.Name)
            ? original.Name + (request?.AsFutureState == true ? " (future state)" : " (copy)")
            : request!.Name!.Trim();
        return await SaveNewAsync(db, audit, workspaceId, copy, http, new(AuditActions.MapDuplicated, $"Duplicated from {original.Id}"), ct);
    }

    internal static async Task<Results<Created<MapSummary>, ValidationProblem, ProblemHttpResult>> SaveNewAsync(
        WaymarkDbContext db, IAuditTrail audit, string workspaceId, JourneyMap map, HttpContext http, NewMapOrigin origin, CancellationToken ct)
    {
        var problems = MapValidator.Validate(map);
        if (problems.Count > 0)
        {
            return Problems.Invalid(problems);
        }

        var author = Authors.Of(http.Request);
        var entity = MapRecords.Add(db, workspaceId, map, author, origin.Summary);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            if (!await Saves.WorkspaceExistsAsync(db, workspaceId, ct))
            {
                return Problems.NotFound("workspace", workspaceId);
            }

            // An import keeps the file's id when it is free; another request took it after the check. A new random
            // id cannot be taken, so only a workspace deleted meanwhile fails the second save.
            map.Id = Ids.New("map");
            entity = MapRecords.Add(db, workspaceId, map, author, origin.Summary);
            if (!await Saves.TrySaveAsync(db, ct))
            {
                return Problems.NotFound("workspace", workspaceId);
            }
        }

        await audit.RecordAsync(http, workspaceId, origin.Action, entity.Id, entity.Name);
        ETags.Set(http.Response, entity.Version);
        return TypedResults.Created($"/api/workspaces/{workspaceId}/maps/{entity.Id}", MapRecords.Summary(entity));
    }

    private static bool TryKind(string? text, out MapKind kind)
    {
        kind = MapKind.CurrentState;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<MapKind>())
        {
            if (string.Equals(MapRecords.KindName(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        return false;
    }
}
