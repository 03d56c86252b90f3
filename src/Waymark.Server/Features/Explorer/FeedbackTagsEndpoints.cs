using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Explorer;

/// <summary>
/// Feedback tags: list, create, rename, delete (ADR "explorer"). Editors and owners change tags: a tag is shared
/// analysis that every reader of the map sees on its steps, not a conversation a commenter signs.
/// </summary>
public static class FeedbackTagsEndpoints
{
    public static RouteGroupBuilder MapFeedbackTags(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/feedback/tags").WithTags("Feedback");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Viewer).WithName("ListFeedbackTags").WithSummary("Lists the workspace's feedback tags by name, with how many items carry each.");
        group.MapPost("/", Create).RequireRole(WorkspaceRole.Editor).WithName("CreateFeedbackTag").WithSummary("Creates a feedback tag.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{tagId}", Rename).RequireRole(WorkspaceRole.Editor).WithName("RenameFeedbackTag").WithSummary("Renames a feedback tag.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{tagId}", Delete).RequireRole(WorkspaceRole.Editor).WithName("DeleteFeedbackTag").WithSummary("Deletes a feedback tag and takes it off every item.");
        group.MapFeedbackTagItems();
        return workspace;
    }

    public static async Task<Ok<FeedbackTagDto[]>> List(string workspaceId, WaymarkDbContext db, FeedbackTagCache links, CancellationToken ct)
    {
        var tags = await db.FeedbackTags.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).ToListAsync(ct);
        var counts = await links.GetAsync(db, workspaceId, ct);
        return TypedResults.Ok(tags.OrderBy(t => t.NameKey, StringComparer.Ordinal)
            .Select(t => new FeedbackTagDto(t.Id, t.Name, counts.GetValueOrDefault(t.Id)?.Count ?? 0, t.CreatedAt)).ToArray());
    }

    public static async Task<Results<Created<FeedbackTagDto>, ValidationProblem, ProblemHttpResult>> Create(
        string workspaceId, FeedbackTagRequest body, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var (name, problem) = TagNames.Check(body.Name);
        if (name is null)
            return Problems.Invalid([problem!], "The tag is not valid");
        if (await TakenAsync(db, workspaceId, name, null, ct) is { } taken)
            return taken;
        var entity = new FeedbackTagEntity { Id = Ids.New("tag"), WorkspaceId = workspaceId, Name = name, NameKey = TagNames.Key(name), CreatedAt = DateTime.UtcNow };
        db.FeedbackTags.Add(entity);
        if (!await Saves.TrySaveAsync(db, ct))
            return await TakenAsync(db, workspaceId, name, null, ct) ?? Problems.NotFound("workspace", workspaceId);
        await audit.RecordAsync(http, workspaceId, AuditActions.TagCreated, entity.Id, name);
        return TypedResults.Created($"/api/workspaces/{workspaceId}/feedback/tags/{entity.Id}", new FeedbackTagDto(entity.Id, name, 0, entity.CreatedAt));
    }

    public static async Task<Results<Ok<FeedbackTagDto>, ValidationProblem, ProblemHttpResult>> Rename(
        string workspaceId, string tagId, FeedbackTagRequest body, HttpContext http, WaymarkDbContext db, FeedbackTagCache links, IAuditTrail audit, CancellationToken ct)
    {
        var entity = await db.FeedbackTags.FirstOrDefaultAsync(t => t.Id == tagId && t.WorkspaceId == workspaceId, ct);
        if (entity is null)
            return Problems.NotFound("tag", tagId);
        var (name, problem) = TagNames.Check(body.Name);
        if (name is null)
            return Problems.Invalid([problem!], "The tag is not valid");
        if (await TakenAsync(db, workspaceId, name, tagId, ct) is { } taken)
            return taken;
        var old = entity.Name;
        entity.Name = name;
        entity.NameKey = TagNames.Key(name);
        if (!await Saves.TrySaveAsync(db, ct))
            return await TakenAsync(db, workspaceId, name, tagId, ct) ?? Problems.NotFound("tag", tagId);
        await audit.RecordAsync(http, workspaceId, AuditActions.TagRenamed, tagId, $"{old} → {name}");
        var count = (await links.GetAsync(db, workspaceId, ct)).GetValueOrDefault(tagId)?.Count ?? 0;
        return TypedResults.Ok(new FeedbackTagDto(tagId, name, count, entity.CreatedAt));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string workspaceId, string tagId, HttpContext http, WaymarkDbContext db, FeedbackTagCache links, IAuditTrail audit, CancellationToken ct)
    {
        var tag = db.FeedbackTags.Where(t => t.Id == tagId && t.WorkspaceId == workspaceId);
        var name = await tag.Select(t => t.Name).FirstOrDefaultAsync(ct);
        if (name is null)
            return Problems.NotFound("tag", tagId);
        await db.FeedbackItemTags.Where(l => l.TagId == tagId).ExecuteDeleteAsync(ct); // SQLite runs without foreign keys' cascade in some set-ups
        if (await tag.ExecuteDeleteAsync(ct) == 0)
            return Problems.NotFound("tag", tagId);
        links.Forget(workspaceId);
        await audit.RecordAsync(http, workspaceId, AuditActions.TagDeleted, tagId, name);
        return TypedResults.NoContent();
    }

    private static async Task<ProblemHttpResult?> TakenAsync(WaymarkDbContext db, string workspaceId, string name, string? self, CancellationToken ct)
    {
        var key = TagNames.Key(name);
        var other = await db.FeedbackTags.AsNoTracking().Where(t => t.WorkspaceId == workspaceId && t.NameKey == key && t.Id != self)
            .Select(t => t.Name).FirstOrDefaultAsync(ct);
        return other is null ? null : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Tag exists",
            detail: $"The workspace already has the tag \"{other}\"; tag names are unique whatever their case.");
    }
}
