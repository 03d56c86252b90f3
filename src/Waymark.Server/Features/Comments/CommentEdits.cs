using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Comments;

/// <summary>
/// The comments of a thread: reply (commenters and guests), edit (the author only) and delete (the author, or an
/// owner). Deleting a thread's last comment deletes the thread.
/// </summary>
internal static class CommentEdits
{
    public static void Map(RouteGroupBuilder threads)
    {
        threads.MapPost("/{threadId}/comments", Reply).RequireRole(WorkspaceRole.Commenter, openToShareGuests: true).WithName("ReplyToCommentThread")
            .WithSummary("Adds a reply to a thread; members it mentions and others who wrote in the thread find it in their inbox.")
            .ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        threads.MapPut("/{threadId}/comments/{commentId}", Edit).RequireRole(WorkspaceRole.Commenter).WithName("EditComment")
            .WithSummary("Replaces the text of one of the caller's own comments.")
            .ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        threads.MapDelete("/{threadId}/comments/{commentId}", Delete).RequireRole(WorkspaceRole.Commenter).WithName("DeleteComment")
            .WithSummary("Deletes one of the caller's own comments (an owner may delete any); the thread goes with its last comment.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    public static CommentEntity NewComment(CommentThreadEntity thread, Caller caller, string body, DateTime now) => new()
    {
        Id = Ids.New("cmt"), ThreadId = thread.Id, WorkspaceId = thread.WorkspaceId, AuthorId = caller.UserId,
        AuthorName = CommentsEndpoints.Clip(caller.DisplayName) ?? "", Body = body, CreatedAt = now,
    };

    public static async Task<Results<Created<CommentDto>, ProblemHttpResult>> Reply(string workspaceId, string mapId, string threadId,
        CommentRequest request, HttpContext http, WaymarkDbContext db, IMemberDirectory members, IAuditTrail audit, CancellationToken ct)
    {
        var (map, thread) = await CommentsEndpoints.FindAsync(db, workspaceId, mapId, threadId, ct);
        if (map is null || thread is null)
        {
            return map is null ? Problems.NotFound("map", mapId) : Problems.NotFound("thread", threadId);
        }

        var (body, mentioned, problem, unprocessable) = await CommentText.ReadAsync(request.Body, workspaceId, members, ct);
        if (body is null)
        {
            return CommentProblems.Invalid("body", problem!, unprocessable);
        }

        var caller = http.Caller();
        var comment = NewComment(thread, caller, body, DateTime.UtcNow);
        thread.LastActivityAt = comment.CreatedAt;
        db.Comments.Add(comment);
        await CommentInbox.AddAsync(db, comment, mentioned, ct);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("thread", threadId);
        }

        await audit.RecordAsync(AuditEntry.By(caller, workspaceId, "comment.created", comment.Id, $"reply in thread {threadId} of map {mapId}"), ct);
        return TypedResults.Created($"/api/workspaces/{workspaceId}/maps/{mapId}/threads/{threadId}/comments/{comment.Id}",
            CommentViews.ToDto(comment, caller));
    }

    public static async Task<Results<Ok<CommentDto>, ProblemHttpResult>> Edit(string workspaceId, string mapId, string threadId, string commentId,
        CommentRequest request, HttpContext http, WaymarkDbContext db, IMemberDirectory members, CancellationToken ct)
    {
        var caller = http.Caller();
        var comment = await FindAsync(db, workspaceId, mapId, threadId, commentId, ct);
        if (comment is null)
        {
            return Problems.NotFound("comment", commentId);
        }

        if (caller.UserId is null || comment.AuthorId != caller.UserId)
        {
            return CommentProblems.NotYours("edit");
        }

        var (body, mentioned, problem, unprocessable) = await CommentText.ReadAsync(request.Body, workspaceId, members, ct);
        if (body is null)
        {
            return CommentProblems.Invalid("body", problem!, unprocessable);
        }

        if (body != comment.Body)
        {
            comment.Body = body;
            comment.EditedAt = DateTime.UtcNow;
            await CommentInbox.AddMentionsAsync(db, comment, mentioned, ct);
            if (!await Saves.TrySaveAsync(db, ct))
            {
                return Problems.NotFound("comment", commentId);
            }
        }

        return TypedResults.Ok(CommentViews.ToDto(comment, caller));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(string workspaceId, string mapId, string threadId, string commentId,
        HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var caller = http.Caller();
        var comment = await FindAsync(db, workspaceId, mapId, threadId, commentId, ct);
        if (comment is null)
        {
            return Problems.NotFound("comment", commentId);
        }

        if (!CommentViews.ToDto(comment, caller).CanDelete)
        {
            return CommentProblems.NotYours("delete");
        }

        db.Comments.Remove(comment);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("comment", commentId);
        }

        // The thread goes with its last comment; a reply racing in keeps it (the delete then matches no row).
        await db.CommentThreads.Where(t => t.Id == threadId && !db.Comments.Any(c => c.ThreadId == threadId)).ExecuteDeleteAsync(ct);
        await audit.RecordAsync(AuditEntry.By(caller, workspaceId, "comment.deleted", commentId, $"in thread {threadId} of map {mapId}"), ct);
        return TypedResults.NoContent();
    }

    private static Task<CommentEntity?> FindAsync(WaymarkDbContext db, string workspaceId, string mapId, string threadId, string commentId,
        CancellationToken ct) =>
        db.Comments.FirstOrDefaultAsync(c => c.Id == commentId && c.ThreadId == threadId && c.WorkspaceId == workspaceId
            && db.CommentThreads.Any(t => t.Id == threadId && t.MapId == mapId), ct);
}
