using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Comments;

/// <summary>
/// Who hears of a new comment: each member it mentions (reason "mention") and everyone else who wrote in the thread
/// before (reason "reply"); never its author. A person gets one line per comment, a mention before a reply.
/// </summary>
internal static class CommentInbox
{
    public const string Mention = "mention";
    public const string Reply = "reply";

    public static async Task AddAsync(WaymarkDbContext db, CommentEntity comment, IReadOnlyList<string> mentioned, CancellationToken ct)
    {
        var earlier = await db.Comments.AsNoTracking()
            .Where(c => c.ThreadId == comment.ThreadId && c.Id != comment.Id && c.AuthorId != null)
            .Select(c => c.AuthorId!).Distinct().ToArrayAsync(ct);
        Add(db, comment, mentioned, Mention, []);
        Add(db, comment, earlier, Reply, mentioned);
    }

    /// <summary>An edited comment: members it mentions now and did not before hear of it.</summary>
    public static async Task AddMentionsAsync(WaymarkDbContext db, CommentEntity comment, IReadOnlyList<string> mentioned, CancellationToken ct)
    {
        var told = await db.CommentInbox.AsNoTracking().Where(i => i.CommentId == comment.Id).Select(i => i.UserId).ToArrayAsync(ct);
        Add(db, comment, mentioned, Mention, told);
    }

    private static void Add(WaymarkDbContext db, CommentEntity comment, IEnumerable<string> users, string reason, IReadOnlyList<string> skip)
    {
        foreach (var user in users.Where(u => u != comment.AuthorId && !skip.Contains(u, StringComparer.Ordinal)))
        {
            db.CommentInbox.Add(new CommentInboxEntity
            {
                WorkspaceId = comment.WorkspaceId,
                UserId = user,
                CommentId = comment.Id,
                Reason = reason,
                CreatedAt = comment.EditedAt ?? comment.CreatedAt,
            });
        }
    }
}
