using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Comments;

/// <summary>Threads as the API shows them to one caller, with their places named from the map as it is now.</summary>
internal static class CommentViews
{
    public const string Open = "open";
    public const string Resolved = "resolved";

    public static async Task<CommentThreadDto[]> LoadAsync(WaymarkDbContext db, JourneyMap map, IReadOnlyList<CommentThreadEntity> threads,
        Caller caller, CancellationToken ct)
    {
        var ids = threads.Select(t => t.Id).ToArray();
        var comments = (await db.Comments.AsNoTracking().Where(c => ids.Contains(c.ThreadId)).ToArrayAsync(ct))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToLookup(c => c.ThreadId, StringComparer.Ordinal);
        return threads.Select(t => ToDto(map, t, comments[t.Id], caller)).ToArray();
    }

    public static CommentThreadDto ToDto(JourneyMap map, CommentThreadEntity thread, IEnumerable<CommentEntity> comments, Caller caller)
    {
        var anchor = CommentAnchors.Of(thread);
        var label = CommentAnchors.LabelOn(map, anchor);
        return new CommentThreadDto(thread.Id, thread.MapId, anchor, label ?? thread.AnchorLabel, label is null,
            thread.ResolvedAt is null ? Open : Resolved, thread.CreatedAt, thread.LastActivityAt, thread.ResolvedAt, thread.ResolvedByName,
            comments.Select(c => ToDto(c, caller)).ToArray());
    }

    public static CommentDto ToDto(CommentEntity comment, Caller caller)
    {
        var mine = caller.UserId is not null && comment.AuthorId == caller.UserId;
        return new CommentDto(comment.Id, comment.AuthorId, comment.AuthorName, comment.Body, comment.CreatedAt, comment.EditedAt,
            mine, mine || CanModerate(caller));
    }

    /// <summary>Owners may delete any comment (a workspace needs someone who can take down what should not be there).</summary>
    public static bool CanModerate(Caller caller) => caller.MapId is null && caller.Has(WorkspaceRole.Owner);
}
