using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Collab;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Reviews;

/// <summary>
/// A map's review (docs/adr/046-reviews-and-one-autosave.md): its state for the open map, and "Mark reviewed", which
/// writes reviewedOn/reviewedBy and the next review-by date into the document as a new revision, and to the audit trail.
/// </summary>
public static class ReviewsEndpoints
{
    public static RouteGroupBuilder MapReviews(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/maps/{mapId}/review").WithTags("Maps");
        group.MapGet("/", Get).RequireRole(WorkspaceRole.Viewer).WithName("GetMapReview")
            .WithSummary("Reads a map's review: its owner, review-by date, last review, whether it is overdue and whether the caller may mark it reviewed.");
        group.MapPost("/", MarkReviewed).RequireRole(WorkspaceRole.Editor).WithName("MarkMapReviewed")
            .WithSummary("Marks a map reviewed (its owner or a workspace owner): records who and when, and moves review-by on by the map's interval or to nextReviewBy; If-Match optional.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return workspace;
    }

    public static async Task<Results<Ok<MapReviewDto>, ProblemHttpResult>> Get(string workspaceId, string mapId, HttpContext http,
        WaymarkDbContext db, IMemberDirectory members, TimeProvider time, CancellationToken ct)
    {
        var map = await MapDocument.LoadAsync(db, workspaceId, mapId, ct);
        if (map is null)
        {
            return Problems.NotFound("map", mapId);
        }

        var scope = map.Scope;
        var owner = scope.OwnerId is null ? null : (await members.ListAsync(workspaceId, ct)).FirstOrDefault(m => m.UserId == scope.OwnerId);
        var due = scope.ReviewBy is { } by && by < ReviewOwners.Today(time);
        return TypedResults.Ok(new MapReviewDto(map.Id, scope.OwnerId, owner?.DisplayName, scope.ReviewBy, scope.ReviewEveryDays,
            scope.ReviewedOn, scope.ReviewedBy, due, MayMark(http.Caller(), scope)));
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> MarkReviewed(string workspaceId, string mapId,
        MarkReviewedRequest request, HttpContext http, WaymarkDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken ct)
    {
        var entity = await MapQueries.FindAsync(db, workspaceId, mapId, ct, tracking: true);
        if (entity is null)
        {
            return Problems.NotFound("map", mapId);
        }

        if (ETags.Matches(http.Request, entity.Version) is false)
        {
            return Problems.Stale("map", entity.Version, entity.UpdatedBy, entity.UpdatedAt);
        }

        var map = MapSerializer.Read(entity.Document, MapFormat.Json).Map!;
        if (!MayMark(http.Caller(), map.Scope))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
                detail: "Only the map's owner or a workspace owner can mark it reviewed.");
        }

        var today = ReviewOwners.Today(time);
        var next = request.NextReviewBy ?? (map.Scope.ReviewEveryDays is { } days ? today.AddDays(days) : null);
        if (NextProblem(next, today) is { } problem)
        {
            return problem;
        }

        var reviewer = Authors.Of(http.Request);
        map.Scope.ReviewedOn = today;
        map.Scope.ReviewedBy = reviewer;
        map.Scope.ReviewBy = next;
        var nextText = next!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        MapRecords.Update(db, entity, map, reviewer, $"Marked reviewed; next review by {nextText}");
        // In the map's one order of operations, so the people editing it live see the review arrive.
        var logged = await DocumentPuts.LogAsync(db, entity, map, http.Caller(), reviewer, ct);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.Stale("map", entity.Version, entity.UpdatedBy, entity.UpdatedAt);
        }

        await DocumentPuts.BroadcastAsync(http.RequestServices, mapId, logged);

        await audit.RecordAsync(http, workspaceId, AuditActions.MapReviewed, mapId, entity.Name);
        ETags.Set(http.Response, entity.Version);
        return TypedResults.Text(entity.Document, "application/json; charset=utf-8");
    }

    /// <summary>The map's owner, or a workspace owner (who answers for every map when its owner is away).</summary>
    private static bool MayMark(Caller caller, MapScope scope) =>
        caller.Has(WorkspaceRole.Owner) || (caller.Has(WorkspaceRole.Editor) && caller.UserId is not null && caller.UserId == scope.OwnerId);

    private static ValidationProblem? NextProblem(DateOnly? next, DateOnly today)
    {
        if (next is null)
        {
            return Problems.Invalid("nextReviewBy", "this map has no review interval (scope.reviewEveryDays): give the next review-by date");
        }

        if (next <= today)
        {
            return Problems.Invalid("nextReviewBy", "the next review-by date must be after today");
        }

        return next > today.AddYears(10) ? Problems.Invalid("nextReviewBy", "the next review-by date must be within ten years") : null;
    }
}
