using Microsoft.EntityFrameworkCore;
using Waymark.Analytics.Text;
using Waymark.Data;

namespace Waymark.Server.Features.Topics;

/// <summary>A workspace's topic curation as the topic index applies it.</summary>
internal static class TopicRules
{
    public static async Task<IReadOnlyList<TopicRule>> ReadAsync(WaymarkDbContext db, string workspaceId, CancellationToken ct)
    {
        var rows = await db.TopicRules.AsNoTracking().Where(r => r.WorkspaceId == workspaceId).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Phrase, StringComparer.Ordinal).Select(r => new TopicRule(r.Phrase, r.Label, r.MergedInto, r.Hidden))];
    }
}
