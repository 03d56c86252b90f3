using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Data.EventStores;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Analyses;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Accounts;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Workspaces;

public static class WorkspacesEndpoints
{
    private const int MaxName = 200;

    /// <summary>The list of workspaces and new ones; the routes of one workspace are in <see cref="MapWorkspace"/>.</summary>
    public static IEndpointRouteBuilder MapWorkspaces(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workspaces").WithTags("Workspaces");
        group.MapGet("/", List).WithName("ListWorkspaces")
            .WithSummary("Lists the caller's workspaces (all of them with accounts off), oldest first, with their map counts and the caller's role in each.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/", Create).WithName("CreateWorkspace").WithSummary("Creates a workspace; its creator becomes its owner.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    /// <summary>One workspace, in the workspace route group (its filter answers an unknown id).</summary>
    public static RouteGroupBuilder MapWorkspace(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("").WithTags("Workspaces");
        group.MapGet("/", Get).RequireRole(WorkspaceRole.Viewer, openToShareGuests: true).WithName("GetWorkspace").WithSummary("Reads a workspace, with its ETag.");
        group.MapPut("/", Update).RequireRole(WorkspaceRole.Owner).WithName("UpdateWorkspace").WithSummary("Renames or redescribes a workspace; If-Match is optional.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/", Delete).RequireRole(WorkspaceRole.Owner).WithName("DeleteWorkspace").WithSummary("Deletes a workspace with its maps, personas, keys and data.");
        return workspace;
    }

    public static async Task<Results<Ok<WorkspaceDto[]>, ProblemHttpResult>> List(
        HttpContext http, IOptions<AccountsOptions> options, WaymarkDbContext db, CancellationToken ct)
    {
        var workspaces = db.Workspaces.AsNoTracking();
        if (!options.Value.Accounts)
        {
            return TypedResults.Ok(await workspaces.OrderBy(w => w.CreatedAt)
                .Select(w => new WorkspaceDto(w.Id, w.Name, w.Description, w.CreatedAt, w.UpdatedAt, db.Maps.Count(m => m.WorkspaceId == w.Id), MemberRoles.Owner))
                .ToArrayAsync(ct));
        }

        if (http.User.UserId() is not { } userId)
        {
            return AccountProblems.SignInRequired();
        }

        var rows = await workspaces.Join(db.WorkspaceMembers.Where(m => m.UserId == userId), w => w.Id, m => m.WorkspaceId, (w, m) => new { w, m.Role })
            .OrderBy(x => x.w.CreatedAt)
            .Select(x => new WorkspaceDto(x.w.Id, x.w.Name, x.w.Description, x.w.CreatedAt, x.w.UpdatedAt, db.Maps.Count(m => m.WorkspaceId == x.w.Id), x.Role))
            .ToArrayAsync(ct);
        return TypedResults.Ok(rows);
    }

    public static async Task<Results<Ok<WorkspaceDto>, ProblemHttpResult>> Get(
        string workspaceId, HttpContext http, HttpResponse response, WaymarkDbContext db, CancellationToken ct)
    {
        // Found by the workspace filter; null only when a delete came in between.
        var role = MemberRoleNames.ToText(http.Caller().Role);
        var row = await db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId)
            .Select(w => new { w.Version, Dto = new WorkspaceDto(w.Id, w.Name, w.Description, w.CreatedAt, w.UpdatedAt, db.Maps.Count(m => m.WorkspaceId == w.Id), role) })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        ETags.Set(response, row.Version);
        return TypedResults.Ok(row.Dto);
    }

    public static async Task<Results<Created<WorkspaceDto>, ValidationProblem, ProblemHttpResult>> Create(
        WorkspaceRequest request, HttpContext http, IOptions<AccountsOptions> options, HttpResponse response, WaymarkDbContext db, CancellationToken ct)
    {
        var userId = http.User.UserId();
        if (options.Value.Accounts && userId is null)
        {
            return AccountProblems.SignInRequired();
        }

        if (Check(request) is { } invalid)
        {
            return invalid;
        }

        var now = DateTime.UtcNow;
        var entity = new WorkspaceEntity { Id = Ids.New("ws"), Name = request.Name!.Trim(), Description = request.Description, CreatedAt = now, UpdatedAt = now };
        db.Workspaces.Add(entity);
        db.EventSources.Add(EventSources.NewDefault(entity.Id, now));
        if (options.Value.Accounts)
        {
            db.WorkspaceMembers.Add(new WorkspaceMemberEntity { WorkspaceId = entity.Id, UserId = userId!, Role = MemberRoles.Owner, JoinedAt = now });
        }

        await db.SaveChangesAsync(ct); // a new random id: nothing can race this insert
        ETags.Set(response, entity.Version);
        return TypedResults.Created($"/api/workspaces/{entity.Id}", new WorkspaceDto(entity.Id, entity.Name, entity.Description, now, now, 0, MemberRoles.Owner));
    }

    /// <summary>If-Match is optional here (clients before it existed send none); a stale one gets 412.</summary>
    public static async Task<Results<Ok<WorkspaceDto>, ValidationProblem, ProblemHttpResult>> Update(
        string workspaceId, WorkspaceRequest request, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var entity = await db.Workspaces.FirstOrDefaultAsync(w => w.Id == workspaceId, ct);
        if (entity is null)
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        var matches = ETags.Matches(http.Request, entity.Version);
        if (matches == false)
        {
            return Problems.Stale("workspace", entity.Version, null, entity.UpdatedAt);
        }

        if (Check(request) is { } invalid)
        {
            return invalid;
        }

        var renamed = !string.Equals(entity.Name, request.Name!.Trim(), StringComparison.Ordinal);
        entity.Name = request.Name!.Trim();
        entity.Description = request.Description;
        entity.UpdatedAt = DateTime.UtcNow;
        entity.Version++;
        if (!await Saves.TrySaveAsync(db, ct))
        {
            var current = await db.Workspaces.AsNoTracking().FirstOrDefaultAsync(w => w.Id == workspaceId, ct);
            return current is null ? Problems.NotFound("workspace", workspaceId)
                : matches is null ? Problems.Overtaken("workspace", current.Version)
                : Problems.Stale("workspace", current.Version, null, current.UpdatedAt);
        }

        if (renamed)
        {
            await audit.RecordAsync(http, workspaceId, AuditActions.WorkspaceRenamed, workspaceId, entity.Name);
        }

        var maps = await db.Maps.CountAsync(m => m.WorkspaceId == workspaceId, ct);
        ETags.Set(http.Response, entity.Version);
        return TypedResults.Ok(new WorkspaceDto(entity.Id, entity.Name, entity.Description, entity.CreatedAt, entity.UpdatedAt, maps, MemberRoles.Owner));
    }

    /// <summary>
    /// The workspace's audit lines stay (they have no foreign key): the last one says who deleted it. The event and
    /// feedback stores' rows go first: in SQLite or PostgreSQL the workspace row's cascade deletes them anyway, but
    /// ClickHouse has no foreign keys (ADR 065). Should that fail, the workspace is still there to delete again, rather
    /// than gone with rows a new workspace of the same id would see.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(string workspaceId, HttpContext http, WaymarkDbContext db, EventLogCache cache,
        SourceAnalyses analyses, FeedbackCache feedback, IEventStore events, IFeedbackStore feedbackStore, IAuditTrail audit, CancellationToken ct)
    {
        var workspace = db.Workspaces.Where(w => w.Id == workspaceId);
        var name = await workspace.Select(w => w.Name).FirstOrDefaultAsync(ct);
        if (name is not null)
        {
            await events.DeleteWorkspaceAsync(workspaceId, ct);
            await feedbackStore.DeleteWorkspaceAsync(workspaceId, ct);
        }

        var deleted = await workspace.ExecuteDeleteAsync(ct);
        cache.Forget(workspaceId);
        analyses.Forget(workspaceId);
        feedback.Forget(workspaceId);
        if (deleted == 0)
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        await audit.RecordAsync(http, workspaceId, AuditActions.WorkspaceDeleted, workspaceId, name);
        return TypedResults.NoContent();
    }

    private static ValidationProblem? Check(WorkspaceRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return Problems.Invalid("name", "a workspace needs a name");
        }

        return request.Name.Length > MaxName ? Problems.Invalid("name", $"a workspace name may be at most {MaxName} characters") : null;
    }
}
