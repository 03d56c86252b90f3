using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Core.Templates;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Sources;

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
        // A template's bindings name activities of no particular data set: a map made from one reads no source until
        // one is picked, so it can never fill its steps with another data set's events whose names coincide.
        var (sourceId, badSource) = await SourceOfNewAsync(db, workspaceId, request.SourceId, fallbackToDefault: request.TemplateId is null, ct);
        if (badSource is not null)
        {
            return badSource;
        }

        return await SaveNewAsync(db, audit, workspaceId, map, sourceId, http, new(AuditActions.MapCreated, summary), ct);
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
        return await SaveNewAsync(db, audit, workspaceId, copy, source.SourceId, http, new(AuditActions.MapDuplicated, $"Duplicated from {original.Id}"), ct);
    }

    internal static async Task<Results<Created<MapSummary>, ValidationProblem, ProblemHttpResult>> SaveNewAsync(
        WaymarkDbContext db, IAuditTrail audit, string workspaceId, JourneyMap map, string? sourceId, HttpContext http, NewMapOrigin origin, CancellationToken ct)
    {
        var problems = MapValidator.Validate(map);
        if (problems.Count > 0)
        {
            return Problems.Invalid(problems);
        }

        var author = Authors.Of(http.Request);
        var entity = MapRecords.Add(db, workspaceId, map, author, origin.Summary);
        entity.SourceId = sourceId;
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
            entity.SourceId = sourceId;
            if (!await Saves.TrySaveAsync(db, ct))
            {
                return Problems.NotFound("workspace", workspaceId);
            }
        }

        await audit.RecordAsync(http, workspaceId, origin.Action, entity.Id, entity.Name);
        ETags.Set(http.Response, entity.Version);
        return TypedResults.Created($"/api/workspaces/{workspaceId}/maps/{entity.Id}", MapRecords.Summary(entity));
    }

    /// <summary>
    /// The source a new map is bound to: the one the request names (it must be the workspace's), else the default
    /// source when <paramref name="fallbackToDefault"/> (a blank map has no binding to mismatch), else none.
    /// </summary>
    internal static async Task<(string? SourceId, ValidationProblem? Problem)> SourceOfNewAsync(
        WaymarkDbContext db, string workspaceId, string? requested, bool fallbackToDefault, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(requested))
        {
            return await EventSources.ExistsAsync(db, workspaceId, requested, ct)
                ? (requested, null)
                : (null, Problems.Invalid("sourceId", $"the workspace has no event source '{requested}'"));
        }

        return (fallbackToDefault ? (await EventSources.DefaultAsync(db, workspaceId, ct))?.SourceId : null, null);
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
