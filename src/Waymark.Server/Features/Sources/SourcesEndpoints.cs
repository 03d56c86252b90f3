using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Analyses;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Sources;

/// <summary>A workspace's event sources: list with their figures, create, rename, and delete an empty one.</summary>
public static class SourcesEndpoints
{
    public static RouteGroupBuilder MapSources(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/sources").WithTags("Sources");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Viewer).WithName("ListSources")
            .WithSummary("Lists the workspace's event sources, the default (oldest) first, with their figures.");
        group.MapPost("/", Create).RequireRole(WorkspaceRole.Editor).WithName("CreateSource").WithSummary("Creates an event source.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPut("/{sourceId}", Rename).RequireRole(WorkspaceRole.Editor).WithName("RenameSource").WithSummary("Renames an event source.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{sourceId}", Delete).RequireRole(WorkspaceRole.Editor).WithName("DeleteSource")
            .WithSummary("Deletes an empty event source (not the last one): its maps become unbound and its API keys go.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return workspace;
    }

    public static async Task<Ok<SourceDto[]>> List(string workspaceId, WaymarkDbContext db, EventLogCache logs, CancellationToken ct)
    {
        var sources = await EventSources.ListAsync(db, workspaceId, ct);
        var maps = await db.Maps.AsNoTracking().Where(m => m.WorkspaceId == workspaceId && m.SourceId != null)
            .GroupBy(m => m.SourceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key!, g => g.Count, ct);
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.WorkspaceId == workspaceId && k.RevokedAt == null)
            .GroupBy(k => k.SourceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rows = new List<SourceDto>(sources.Length);
        foreach (var s in sources)
        {
            var log = await logs.GetAsync(new EventSourceKey(workspaceId, s.Id), ct);
            rows.Add(new SourceDto(s.Id, s.Name, s.CreatedAt, rows.Count == 0, log.EventCount, log.CustomerCount, log.Activities.Count,
                maps.GetValueOrDefault(s.Id), keys.GetValueOrDefault(s.Id)));
        }

        return TypedResults.Ok(rows.ToArray());
    }

    public static async Task<Results<Created<SourceDto>, ValidationProblem, ProblemHttpResult>> Create(
        string workspaceId, SourceRequest request, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        if (NameProblem(request.Name) is { } invalid)
        {
            return invalid;
        }

        var name = request.Name!.Trim();
        if (await TakenAsync(db, workspaceId, name, null, ct) is { } taken)
        {
            return taken;
        }

        var entity = EventSources.New(workspaceId, name, DateTime.UtcNow);
        db.EventSources.Add(entity);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return await TakenAsync(db, workspaceId, name, null, ct) ?? Problems.NotFound("workspace", workspaceId);
        }

        await audit.RecordAsync(http, workspaceId, AuditActions.SourceCreated, entity.Id, entity.Name);
        var isDefault = (await EventSources.DefaultAsync(db, workspaceId, ct))?.SourceId == entity.Id;
        return TypedResults.Created($"/api/workspaces/{workspaceId}/sources/{entity.Id}",
            new SourceDto(entity.Id, entity.Name, entity.CreatedAt, isDefault, 0, 0, 0, 0, 0));
    }

    public static async Task<Results<Ok<SourceDto>, ValidationProblem, ProblemHttpResult>> Rename(
        string workspaceId, string sourceId, SourceRequest request, HttpContext http, WaymarkDbContext db, EventLogCache logs,
        IAuditTrail audit, CancellationToken ct)
    {
        var entity = await db.EventSources.FirstOrDefaultAsync(s => s.Id == sourceId && s.WorkspaceId == workspaceId, ct);
        if (entity is null)
        {
            return Problems.NotFound("event source", sourceId);
        }

        if (NameProblem(request.Name) is { } invalid)
        {
            return invalid;
        }

        var name = request.Name!.Trim();
        if (await TakenAsync(db, workspaceId, name, sourceId, ct) is { } taken)
        {
            return taken;
        }

        var old = entity.Name;
        entity.Name = name;
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return await TakenAsync(db, workspaceId, name, sourceId, ct) ?? Problems.NotFound("event source", sourceId);
        }

        if (old != name)
        {
            await audit.RecordAsync(http, workspaceId, AuditActions.SourceRenamed, sourceId, $"{old} → {name}");
        }

        var all = (await List(workspaceId, db, logs, ct)).Value!;
        return all.FirstOrDefault(s => s.Id == sourceId) is { } renamed ? TypedResults.Ok(renamed) : Problems.NotFound("event source", sourceId); // deleted since the save
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string workspaceId, string sourceId, HttpContext http, WaymarkDbContext db, IEventStore store, EventLogCache logs,
        SourceAnalyses analyses, IAuditTrail audit, CancellationToken ct)
    {
        var entity = await db.EventSources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sourceId && s.WorkspaceId == workspaceId, ct);
        if (entity is null)
        {
            return Problems.NotFound("event source", sourceId);
        }

        if (await db.EventSources.CountAsync(s => s.WorkspaceId == workspaceId, ct) == 1)
        {
            return Conflict("Last source", "A workspace keeps at least one event source: create another before deleting this one.");
        }

        var key = new EventSourceKey(workspaceId, sourceId);
        if (await store.HasDataAsync(key, ct))
        {
            return Conflict("Source holds data", $"'{entity.Name}' holds events or customer attributes; only an empty source can be deleted.");
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.Maps.Where(m => m.WorkspaceId == workspaceId && m.SourceId == sourceId).ExecuteUpdateAsync(m => m.SetProperty(x => x.SourceId, (string?)null), ct);
            await db.ApiKeys.Where(k => k.WorkspaceId == workspaceId && k.SourceId == sourceId).ExecuteDeleteAsync(ct);
            await db.EventSources.Where(s => s.Id == sourceId && s.WorkspaceId == workspaceId).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
        }

        logs.Forget(key);
        analyses.Forget(key);
        await audit.RecordAsync(http, workspaceId, AuditActions.SourceDeleted, sourceId, entity.Name);
        return TypedResults.NoContent();
    }

    private static ValidationProblem? NameProblem(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        return trimmed.Length is 0 or > EventSources.MaxName
            ? Problems.Invalid("name", $"A source needs a name of 1 to {EventSources.MaxName} characters.")
            : null;
    }

    private static async Task<ProblemHttpResult?> TakenAsync(WaymarkDbContext db, string workspaceId, string name, string? except, CancellationToken ct) =>
        await db.EventSources.AnyAsync(s => s.WorkspaceId == workspaceId && s.Name == name && s.Id != except, ct)
            ? Conflict("Source exists", $"The workspace already has a source named '{name}'.")
            : null;

    private static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
