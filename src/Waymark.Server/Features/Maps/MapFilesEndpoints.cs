using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Server.Analyses;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Maps;

/// <summary>Map files in and out (JSON or YAML), and the revision history.</summary>
public static class MapFilesEndpoints
{
    public static RouteGroupBuilder MapMapFiles(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/maps").WithTags("Maps");
        group.MapPost("/import", Import).RequireRole(WorkspaceRole.Editor).WithName("ImportMap").WithSummary("Imports a map file (JSON or YAML) as a new map.")
            .Accepts<string>("application/json", RequestBody.YamlTypes)
            .AcceptsDocument(OpenApiBodies.MapDocument)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{mapId}/export", Export).RequireRole(WorkspaceRole.Viewer).WithName("ExportMap")
            .WithSummary("Downloads a map as its JSON or YAML file, or drawn (SVG, PNG, PDF; with data=true, the measured figures under each step) or tabled (CSV, Markdown).")
            .Produces(StatusCodes.Status200OK, responseType: null, contentType: "application/json", [.. RenderedExport.ContentTypes])
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{mapId}/revisions", Revisions).RequireRole(WorkspaceRole.Viewer).WithName("ListMapRevisions").WithSummary("Lists a map's revisions, newest first.");
        return workspace;
    }

    /// <summary>Keeps the file's map id when it is free (so push/pull round-trip), else gives a new one.</summary>
    public static async Task<Results<Created<MapSummary>, ValidationProblem, ProblemHttpResult>> Import(
        string workspaceId, string? format, string? source, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        // A file carries no source: it may come from another workspace, so it is bound only to a source named here.
        var (sourceId, badSource) = await MapCreation.SourceOfNewAsync(db, workspaceId, source, fallbackToDefault: false, ct);
        if (badSource is not null)
        {
            return badSource;
        }

        var body = await RequestBody.ReadAsync(http.Request, ct);
        if (body is null)
        {
            return Problems.TooLarge(RequestBody.Limit);
        }

        var read = MapSerializer.Read(body, RequestBody.FormatOf(http.Request, format));
        if (!read.Succeeded)
        {
            return Problems.Invalid(read.Problems);
        }

        var map = read.Map!;
        if (await MapQueries.IdTakenAsync(db, map.Id, ct))
        {
            map.Id = Ids.New("map");
        }

        return await MapCreation.SaveNewAsync(db, audit, workspaceId, map, sourceId, http, new(AuditActions.MapImported, "Imported"), ct);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Export(
        string workspaceId, string mapId, string? format, [AsParameters] ExportQuery query, HttpResponse response, WaymarkDbContext db,
        EventLogCache logs, SourceAnalyses analyses, FeedbackCache feedback, AnalysisGate gate, CancellationToken ct)
    {
        var entity = await MapQueries.FindAsync(db, workspaceId, mapId, ct);
        if (entity is null)
        {
            return Problems.NotFound("map", mapId);
        }

        var (wanted, badData) = ExportData.Wanted(query);
        if (badData is not null)
        {
            return badData;
        }

        if (RenderedExport.Handles(format))
        {
            if (!wanted || !RenderedExport.Draws(format!))
            {
                return RenderedExport.Render(entity, format!, query, response, null);
            }

            var (data, problem) = await new ExportData(db, logs, analyses, feedback, gate).ComputeAsync(workspaceId, mapId, query, ct);
            return problem switch
            {
                ValidationProblem invalid => invalid,
                ProblemHttpResult other => other,
                _ => RenderedExport.Render(entity, format!, query, response, data),
            };
        }

        var target = string.Equals(format, "yaml", StringComparison.OrdinalIgnoreCase) ? MapFormat.Yaml : MapFormat.Json;
        var text = target == MapFormat.Json
            ? entity.Document
            : MapSerializer.ToYaml(MapSerializer.Read(entity.Document, MapFormat.Json).Map!);
        ETags.Set(response, entity.Version);
        var contentType = target == MapFormat.Json ? "application/json; charset=utf-8" : "application/yaml; charset=utf-8";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), contentType, MapFileNames.For(entity.Name, target));
    }

    public static async Task<Results<Ok<MapRevisionSummary[]>, ProblemHttpResult>> Revisions(
        string workspaceId, string mapId, WaymarkDbContext db, CancellationToken ct)
    {
        if (await MapQueries.FindAsync(db, workspaceId, mapId, ct) is null)
        {
            return Problems.NotFound("map", mapId);
        }

        var rows = await db.MapRevisions.AsNoTracking().Where(r => r.MapId == mapId).OrderByDescending(r => r.Number)
            .Select(r => new MapRevisionSummary(r.Number, r.Author, r.CreatedAt, r.Summary)).ToArrayAsync(ct);
        return TypedResults.Ok(rows);
    }
}
