using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Comments;

/// <summary>
/// Comment threads pinned on a map, a stage, a step or a cell: list (with the counts of each place), read, start,
/// resolve and reopen. Replies, edits and deletes are in <see cref="CommentEdits"/>, the inbox in <see cref="InboxEndpoints"/>.
/// Commenters and share-link guests with comment access may comment; a guest reaches only the map of their link.
/// </summary>
public static class CommentsEndpoints
{
    public static RouteGroupBuilder MapComments(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/maps/{mapId}/threads").WithTags("Comments");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Viewer, openToShareGuests: true).WithName("ListCommentThreads")
            .WithSummary("Lists a map's comment threads (status: open, resolved or all), newest activity first, with the counts per pinned place.");
        group.MapGet("/{threadId}", Get).RequireRole(WorkspaceRole.Viewer, openToShareGuests: true).WithName("GetCommentThread")
            .WithSummary("Reads one comment thread with its comments.");
        group.MapPost("/", Create).RequireRole(WorkspaceRole.Commenter, openToShareGuests: true).WithName("CreateCommentThread")
            .WithSummary("Starts a thread on the map, a stage, a step or a cell with its first comment.")
            .ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost("/{threadId}/resolve", Resolve).RequireRole(WorkspaceRole.Commenter, openToShareGuests: true).WithName("ResolveCommentThread")
            .WithSummary("Marks a thread resolved, with who resolved it and when.");
        group.MapPost("/{threadId}/reopen", Reopen).RequireRole(WorkspaceRole.Commenter, openToShareGuests: true).WithName("ReopenCommentThread")
            .WithSummary("Opens a resolved thread again.");
        CommentEdits.Map(group);
        InboxEndpoints.Map(workspace);
        return workspace;
    }

    public static async Task<Results<Ok<CommentThreadListDto>, ValidationProblem, ProblemHttpResult>> List(
        string workspaceId, string mapId, string? status, HttpContext http, WaymarkDbContext db, CancellationToken ct)
    {
        if (status is not (null or "" or "all" or CommentViews.Open or CommentViews.Resolved))
        {
            return Problems.Invalid("status", "open, resolved or all");
        }

        if (await MapDocument.LoadAsync(db, workspaceId, mapId, ct) is not { } map)
        {
            return Problems.NotFound("map", mapId);
        }

        var all = await db.CommentThreads.AsNoTracking().Where(t => t.MapId == mapId && t.WorkspaceId == workspaceId).ToArrayAsync(ct);
        var shown = all.Where(t => status switch
        {
            CommentViews.Open => t.ResolvedAt is null,
            CommentViews.Resolved => t.ResolvedAt is not null,
            _ => true,
        }).OrderByDescending(t => t.LastActivityAt).ThenBy(t => t.Id, StringComparer.Ordinal).ToArray();
        var counts = all.GroupBy(t => CommentAnchors.Of(t))
            .Select(g => new CommentCountDto(g.Key, g.Count(t => t.ResolvedAt is null), g.Count(t => t.ResolvedAt is not null)))
            .OrderBy(c => c.Anchor.Key, StringComparer.Ordinal).ToArray();
        var threads = await CommentViews.LoadAsync(db, map, shown, http.Caller(), ct);
        return TypedResults.Ok(new CommentThreadListDto(threads, counts, all.Count(t => t.ResolvedAt is null), all.Count(t => t.ResolvedAt is not null)));
    }

    public static async Task<Results<Ok<CommentThreadDto>, ProblemHttpResult>> Get(
        string workspaceId, string mapId, string threadId, HttpContext http, WaymarkDbContext db, CancellationToken ct)
    {
        var (map, thread) = await FindAsync(db, workspaceId, mapId, threadId, ct);
        return map is null ? Problems.NotFound("map", mapId)
            : thread is null ? Problems.NotFound("thread", threadId)
            : TypedResults.Ok(await ViewAsync(db, map, thread, http.Caller(), ct));
    }

    public static async Task<Results<Created<CommentThreadDto>, ProblemHttpResult>> Create(string workspaceId, string mapId, CreateThreadRequest request, HttpContext http,
        WaymarkDbContext db, IMemberDirectory members, IAuditTrail audit, CancellationToken ct)
    {
        if (await MapDocument.LoadAsync(db, workspaceId, mapId, ct) is not { } map)
        {
            return Problems.NotFound("map", mapId);
        }

        var (anchor, path, message, missing) = CommentAnchors.Read(map, request.Anchor);
        if (anchor is null)
        {
            return CommentProblems.Invalid(path!, message!, missing);
        }

        var (body, mentioned, problem, unprocessable) = await CommentText.ReadAsync(request.Body, workspaceId, members, ct);
        if (body is null)
        {
            return CommentProblems.Invalid("body", problem!, unprocessable);
        }

        var caller = http.Caller();
        var now = DateTime.UtcNow;
        var thread = new CommentThreadEntity
        {
            Id = Ids.New("thr"), WorkspaceId = workspaceId, MapId = mapId, AnchorKind = anchor.Kind, StageId = anchor.StageId,
            StepId = anchor.StepId, LaneId = anchor.LaneId, AnchorLabel = Clip(CommentAnchors.LabelOn(map, anchor)), CreatedAt = now, LastActivityAt = now,
        };
        var comment = CommentEdits.NewComment(thread, caller, body, now);
        db.CommentThreads.Add(thread);
        db.Comments.Add(comment);
        await CommentInbox.AddAsync(db, comment, mentioned, ct);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("map", mapId); // new random ids: only a map deleted meanwhile fails this
        }

        await audit.RecordAsync(AuditEntry.By(caller, workspaceId, "comment.created", comment.Id, $"new thread on {anchor.Kind} of map {mapId}"), ct);
        return TypedResults.Created($"/api/workspaces/{workspaceId}/maps/{mapId}/threads/{thread.Id}", CommentViews.ToDto(map, thread, [comment], caller));
    }

    public static Task<Results<Ok<CommentThreadDto>, ProblemHttpResult>> Resolve(string workspaceId, string mapId, string threadId,
        HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct) => SetStatusAsync(workspaceId, mapId, threadId, true, http, db, audit, ct);

    public static Task<Results<Ok<CommentThreadDto>, ProblemHttpResult>> Reopen(string workspaceId, string mapId, string threadId,
        HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct) => SetStatusAsync(workspaceId, mapId, threadId, false, http, db, audit, ct);

    internal static async Task<(JourneyMap? Map, CommentThreadEntity? Thread)> FindAsync(WaymarkDbContext db, string workspaceId, string mapId,
        string threadId, CancellationToken ct)
    {
        var map = await MapDocument.LoadAsync(db, workspaceId, mapId, ct);
        var thread = map is null ? null
            : await db.CommentThreads.FirstOrDefaultAsync(t => t.Id == threadId && t.MapId == mapId && t.WorkspaceId == workspaceId, ct);
        return (map, thread);
    }

    private static async Task<CommentThreadDto> ViewAsync(WaymarkDbContext db, JourneyMap map, CommentThreadEntity thread, Caller caller, CancellationToken ct) =>
        (await CommentViews.LoadAsync(db, map, [thread], caller, ct))[0];

    /// <summary>Resolving a resolved thread (or reopening an open one) changes nothing and records nothing.</summary>
    private static async Task<Results<Ok<CommentThreadDto>, ProblemHttpResult>> SetStatusAsync(string workspaceId, string mapId, string threadId,
        bool resolve, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var (map, thread) = await FindAsync(db, workspaceId, mapId, threadId, ct);
        if (map is null || thread is null)
        {
            return map is null ? Problems.NotFound("map", mapId) : Problems.NotFound("thread", threadId);
        }

        var caller = http.Caller();
        if (resolve != (thread.ResolvedAt is not null))
        {
            thread.ResolvedAt = resolve ? DateTime.UtcNow : null;
            thread.ResolvedById = resolve ? caller.UserId : null;
            thread.ResolvedByName = resolve ? Clip(caller.DisplayName) : null;
            if (!await Saves.TrySaveAsync(db, ct))
            {
                return Problems.NotFound("thread", threadId);
            }

            await audit.RecordAsync(AuditEntry.By(caller, workspaceId, resolve ? "comment.resolved" : "comment.reopened", thread.Id, $"thread on map {mapId}"), ct);
        }

        return TypedResults.Ok(await ViewAsync(db, map, thread, caller, ct));
    }

    internal static string? Clip(string? text) => text is null || text.Length <= 200 ? text : text[..200];
}
