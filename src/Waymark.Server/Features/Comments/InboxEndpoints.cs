using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Reviews;

namespace Waymark.Server.Features.Comments;

/// <summary>
/// The caller's inbox in a workspace: comments that mention them and replies in threads they wrote in, unread first,
/// and the maps they own whose review is overdue (counted unread until they mark them reviewed).
/// Keyed by the caller's user id, so every member (viewers too) has their own; share-link guests have none.
/// </summary>
internal static class InboxEndpoints
{
    public const int MaxItems = 100;

    public static void Map(RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/inbox").WithTags("Comments");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Viewer).WithName("GetCommentInbox")
            .WithSummary("Lists the caller's mentions and replies in the workspace, unread first, then newest first (at most 100).");
        group.MapPost("/read", MarkRead).RequireRole(WorkspaceRole.Viewer).WithName("MarkCommentInboxRead")
            .WithSummary("Marks lines of the caller's inbox read: the ids given, or all of them.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    public static async Task<Ok<InboxDto>> List(string workspaceId, HttpContext http, WaymarkDbContext db, TimeProvider time, CancellationToken ct)
    {
        var user = http.Caller().UserId;
        if (user is null)
        {
            return TypedResults.Ok(new InboxDto(0, [], []));
        }

        var reviews = await ReviewReminders.ListAsync(db, workspaceId, user, ReviewOwners.Today(time), ct);
        var mine = db.CommentInbox.AsNoTracking().Where(i => i.WorkspaceId == workspaceId && i.UserId == user);
        var unread = await mine.CountAsync(i => i.ReadAt == null, ct);
        var rows = await (
            from item in mine
            join comment in db.Comments on item.CommentId equals comment.Id
            join thread in db.CommentThreads on comment.ThreadId equals thread.Id
            join map in db.Maps on thread.MapId equals map.Id
            orderby item.ReadAt == null descending, item.Sequence descending
            select new { item, comment, thread, MapName = map.Name })
            .Take(MaxItems).ToArrayAsync(ct);
        var items = rows.Select(r => new InboxItemDto(r.item.Sequence, r.item.Reason, r.item.ReadAt is not null, r.item.CreatedAt,
            r.thread.MapId, r.MapName, r.thread.Id, CommentAnchors.Of(r.thread), r.thread.AnchorLabel, r.comment.Id, r.comment.AuthorName,
            r.comment.Body)).ToArray();
        return TypedResults.Ok(new InboxDto(unread + reviews.Length, items, reviews));
    }

    public static async Task<Results<NoContent, ValidationProblem>> MarkRead(string workspaceId, MarkInboxReadRequest request, HttpContext http,
        WaymarkDbContext db, CancellationToken ct)
    {
        if (request.All != true && (request.Ids is null || request.Ids.Length == 0))
        {
            return Problems.Invalid("ids", "name the lines to mark read, or send all: true");
        }

        if (request.Ids is { Length: > MaxItems })
        {
            return Problems.Invalid("ids", $"at most {MaxItems} lines at once; send all: true to mark every line read");
        }

        var user = http.Caller().UserId;
        var now = DateTime.UtcNow;
        var ids = request.Ids ?? [];
        var lines = db.CommentInbox.Where(i => i.WorkspaceId == workspaceId && i.UserId == user && i.ReadAt == null);
        await (request.All == true ? lines : lines.Where(i => ids.Contains(i.Sequence)))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ReadAt, now), ct);
        return TypedResults.NoContent();
    }
}
