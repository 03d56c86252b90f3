using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.FileFormat;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Explorer;

/// <summary>Putting a tag on items and taking it off: a selection by ids, or every item an explorer filter matches.</summary>
public static class FeedbackTagItemsEndpoints
{
    public const int MaxIds = 10_000;
    public const int MaxMatching = 50_000;

    public static void MapFeedbackTagItems(this RouteGroupBuilder tags)
    {
        tags.MapPost("/{tagId}/items", Tag).RequireRole(WorkspaceRole.Editor).WithName("TagFeedback")
            .WithSummary("Puts a tag on feedback items: by ids, or every item an explorer filter matches.").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        tags.MapPost("/{tagId}/items/remove", Untag).RequireRole(WorkspaceRole.Editor).WithName("UntagFeedback")
            .WithSummary("Takes a tag off feedback items: by ids, or every item an explorer filter matches.").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    public static Task<Results<Ok<TagItemsResult>, ValidationProblem, ProblemHttpResult>> Tag(string workspaceId, string tagId, TagItemsRequest body,
        HttpContext http, WaymarkDbContext db, ExplorerResolver resolver, FeedbackTagCache links, IAuditTrail audit, CancellationToken ct) =>
        ChangeAsync(new Change(workspaceId, tagId, body, http, db, resolver, links, audit, Add: true), ct);

    public static Task<Results<Ok<TagItemsResult>, ValidationProblem, ProblemHttpResult>> Untag(string workspaceId, string tagId, TagItemsRequest body,
        HttpContext http, WaymarkDbContext db, ExplorerResolver resolver, FeedbackTagCache links, IAuditTrail audit, CancellationToken ct) =>
        ChangeAsync(new Change(workspaceId, tagId, body, http, db, resolver, links, audit, Add: false), ct);

    private static async Task<Results<Ok<TagItemsResult>, ValidationProblem, ProblemHttpResult>> ChangeAsync(Change c, CancellationToken ct)
    {
        var name = await c.Db.FeedbackTags.Where(t => t.Id == c.TagId && t.WorkspaceId == c.WorkspaceId).Select(t => t.Name).FirstOrDefaultAsync(ct);
        if (name is null)
            return Problems.NotFound("tag", c.TagId);
        var (ids, unknown, invalid, problem) = await ItemsAsync(c, ct);
        if (invalid is not null)
            return invalid;
        if (problem is not null)
            return problem;
        var existing = (await c.Links.GetAsync(c.Db, c.WorkspaceId, ct)).GetValueOrDefault(c.TagId) ?? [];
        var changed = c.Add ? ids!.Where(id => !existing.Contains(id)).ToList() : ids!.Where(existing.Contains).ToList();
        if (changed.Count > 0)
        {
            await WriteAsync(c, changed, ct);
            c.Links.Forget(c.WorkspaceId);
            await c.Audit.RecordAsync(c.Http, c.WorkspaceId, c.Add ? AuditActions.TagApplied : AuditActions.TagRemoved, c.TagId,
                $"{name}: {changed.Count} item{(changed.Count == 1 ? "" : "s")}");
        }

        var count = (await c.Links.GetAsync(c.Db, c.WorkspaceId, ct)).GetValueOrDefault(c.TagId)?.Count ?? 0;
        return TypedResults.Ok(new TagItemsResult(changed.Count, unknown, count));
    }

    private static async Task<(List<string>? Ids, int Unknown, ValidationProblem? Invalid, ProblemHttpResult? Problem)> ItemsAsync(Change c, CancellationToken ct)
    {
        if ((c.Body.Ids is null) == (c.Body.Filter is null))
            return (null, 0, Problems.Invalid("ids", "give either ids (a selection) or filter (every item an explorer query matches)"), null);
        var snapshot = await c.Resolver.Feedback.GetAsync(c.WorkspaceId, ct);
        if (c.Body.Ids is { } given)
        {
            if (given.Count > MaxIds)
                return (null, 0, Problems.Invalid("ids", $"at most {MaxIds:N0} ids at once; tag a larger set by its filter"), null);
            var known = given.Distinct(StringComparer.Ordinal).Where(id => id is not null && snapshot.Explorer.IndexOf(id) >= 0).ToList();
            return (known, given.Distinct(StringComparer.Ordinal).Count() - known.Count, null, null);
        }

        var (request, problems) = ExplorerQueryReader.Read(ExplorerQuery.FromQueryString(c.Body.Filter));
        if (request is null)
            return (null, 0, Problems.Invalid([.. problems.Select(p => new MapProblem($"filter.{p.Path}", p.Message))], "The filter is not valid"), null);
        var (scope, missing) = await c.Resolver.ResolveAsync(c.WorkspaceId, request, ct);
        if (scope is null)
            return (null, 0, null, missing);
        var result = scope.Snapshot.Explorer.Run(scope.Filter, limit: 0);
        if (result.Total > MaxMatching)
            return (null, 0, null, TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Too many items",
                detail: $"The filter matches {result.Total:N0} items; a tag goes on at most {MaxMatching:N0} at once. Narrow the filter."));
        return ([.. result.Matched.Items().Select(i => scope.Snapshot.Items[i].Id)], 0, null, null);
    }

    private static async Task WriteAsync(Change c, List<string> ids, CancellationToken ct)
    {
        if (!c.Add)
        {
            foreach (var chunk in ids.Chunk(500))
                await c.Db.FeedbackItemTags.Where(l => l.TagId == c.TagId && chunk.Contains(l.FeedbackId)).ExecuteDeleteAsync(ct);
            return;
        }

        var now = DateTime.UtcNow;
        c.Db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var chunk in ids.Chunk(2_000))
        {
            c.Db.FeedbackItemTags.AddRange(chunk.Select(id => new FeedbackItemTagEntity { TagId = c.TagId, WorkspaceId = c.WorkspaceId, FeedbackId = id, TaggedAt = now }));
            await c.Db.SaveChangesAsync(ct);
            c.Db.ChangeTracker.Clear();
        }
    }

    private sealed record Change(string WorkspaceId, string TagId, TagItemsRequest Body, HttpContext Http, WaymarkDbContext Db,
        ExplorerResolver Resolver, FeedbackTagCache Links, IAuditTrail Audit, bool Add);
}
