using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Render.Report;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Comments;
using Waymark.Server.Features.Votes;

namespace Waymark.Server.Features.Reports;

/// <summary>What people added to a map, for its report: the votes on its ideas and its open comment threads.</summary>
internal static partial class ReportPeople
{
    public static async Task<string> WorkspaceNameAsync(WaymarkDbContext db, string workspaceId, CancellationToken ct) =>
        await db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId).Select(w => w.Name).FirstOrDefaultAsync(ct) ?? workspaceId;

    /// <summary>People's votes per idea still on the map, as the votes route counts them.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> VotesAsync(WaymarkDbContext db, string mapId, JourneyMap map, Caller caller, CancellationToken ct)
    {
        var votes = await VoteQueries.MapAsync(db, mapId, MapIdeas.IdsOf(map), caller, ct);
        return votes.Ideas.ToDictionary(i => i.IdeaId, i => i.Count, StringComparer.Ordinal);
    }

    /// <summary>
    /// The open threads with their comments, as the comment list shows them to this caller (viewers and the map's
    /// share-link guests read comments); null for a caller who may not read them.
    /// </summary>
    public static async Task<IReadOnlyList<ReportThread>?> OpenThreadsAsync(WaymarkDbContext db, string workspaceId, string mapId, JourneyMap map, Caller caller,
        CancellationToken ct)
    {
        if (!caller.Has(WorkspaceRole.Viewer))
        {
            return null;
        }

        var open = (await db.CommentThreads.AsNoTracking().Where(t => t.MapId == mapId && t.WorkspaceId == workspaceId && t.ResolvedAt == null).ToArrayAsync(ct))
            .OrderByDescending(t => t.LastActivityAt).ThenBy(t => t.Id, StringComparer.Ordinal).ToArray();
        var threads = await CommentViews.LoadAsync(db, map, open, caller, ct);
        return [.. threads.Select(t => new ReportThread(Place(t), [.. t.Comments.Select(c => new ReportComment(c.AuthorName, c.CreatedAt, Mentions().Replace(c.Body, "@$1")))]))];
    }

    /// <summary>A mention is stored as @[Display Name](userId); on paper it reads @Display Name.</summary>
    [GeneratedRegex(@"@\[([^\]\n]*)\]\([^)\s]*\)")]
    private static partial Regex Mentions();

    private static string Place(CommentThreadDto thread) =>
        thread.Anchor.Kind == "map" ? "the map" : (thread.AnchorLabel ?? thread.Anchor.Kind) + (thread.AnchorRemoved ? " (removed from the map)" : "");
}
