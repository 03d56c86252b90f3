using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Audit;

/// <summary>
/// A workspace's activity (the audit trail) for its owners: a page of lines newest first with filters, the actors
/// to filter by, and the same lines as CSV for compliance. The trail is append-only (AuditSchema's triggers).
/// </summary>
public static class ActivityEndpoints
{
    public static RouteGroupBuilder MapAuditActivity(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/activity").WithTags("Activity");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Owner).ProducesProblem(StatusCodes.Status403Forbidden).WithName("ListWorkspaceActivity")
            .WithSummary("Lists the workspace's activity (who did what, when), newest first, a page at a time, with filters.")
            .ProducesValidationProblem();
        group.MapGet("/actors", Actors).RequireRole(WorkspaceRole.Owner).ProducesProblem(StatusCodes.Status403Forbidden).WithName("ListActivityActors")
            .WithSummary("Lists the people and API keys that appear in the workspace's activity, by name.");
        group.MapGet("/csv", Csv).RequireRole(WorkspaceRole.Owner).ProducesProblem(StatusCodes.Status403Forbidden).WithName("DownloadWorkspaceActivity")
            .WithSummary("Downloads the workspace's activity, with the list's filters, as a CSV file.")
            .Produces(StatusCodes.Status200OK, responseType: null, contentType: "text/csv")
            .ProducesValidationProblem();
        return workspace;
    }

    public static async Task<Results<Ok<ActivityPage>, ValidationProblem>> List(
        string workspaceId, [AsParameters] ActivityQuery query, WaymarkDbContext db, CancellationToken ct)
    {
        var (rows, problems) = query.Apply(db.AuditEvents.AsNoTracking(), workspaceId);
        if (rows is null)
        {
            return Problems.Invalid(problems, "The activity query is not valid");
        }

        var limit = query.Limit ?? ActivityQuery.DefaultLimit;
        var page = await rows.Take(limit + 1).ToListAsync(ct);
        var more = page.Count > limit;
        if (more)
        {
            page.RemoveAt(limit);
        }

        var found = await ActivityTargets.ExistingAsync(db, workspaceId, page, ct);
        var items = page.Select(r => new ActivityLine(r.Sequence, DateTime.SpecifyKind(r.At, DateTimeKind.Utc), r.ActorId, r.ActorName,
            r.Action, r.Target, ActivityTargets.Links(r, found), r.Detail)).ToArray();
        return TypedResults.Ok(new ActivityPage(items, more ? page[^1].Sequence : null));
    }

    /// <summary>Each actor once, with the name of their latest line (a person may have been renamed since).</summary>
    public static async Task<Ok<ActivityActor[]>> Actors(string workspaceId, WaymarkDbContext db, CancellationToken ct)
    {
        var latest = await db.AuditEvents.AsNoTracking().Where(r => r.WorkspaceId == workspaceId && r.ActorId != null)
            .GroupBy(r => r.ActorId).Select(g => g.Max(r => r.Sequence)).ToListAsync(ct);
        var actors = await db.AuditEvents.AsNoTracking().Where(r => latest.Contains(r.Sequence))
            .Select(r => new ActivityActor(r.ActorId!, r.ActorName)).ToListAsync(ct);
        return TypedResults.Ok(actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal).ToArray());
    }

    public static Results<PushStreamHttpResult, ValidationProblem> Csv(
        string workspaceId, [AsParameters] ActivityQuery query, WaymarkDbContext db, HttpResponse response)
    {
        var (rows, problems) = (query with { Limit = null }).Apply(db.AuditEvents.AsNoTracking(), workspaceId);
        if (rows is null)
        {
            return Problems.Invalid(problems, "The activity query is not valid");
        }

        response.Headers.CacheControl = "no-store";
        var name = $"activity-{workspaceId}-{DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
        return TypedResults.Stream(stream => ActivityCsv.WriteAsync(stream, rows, response.HttpContext.RequestAborted), "text/csv; charset=utf-8", name);
    }
}
