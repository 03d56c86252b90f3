using Microsoft.EntityFrameworkCore;
using Waymark.Data;

namespace Waymark.Server.Caches;

/// <summary>
/// Each workspace's tag links (tag id → tagged feedback ids), read once and forgotten on every tag change, so a
/// search does not read every link of the workspace from the database to count tags.
/// </summary>
public sealed class FeedbackTagCache
{
    private readonly PerWorkspace<Entry> _workspaces = new();

    public Task<IReadOnlyDictionary<string, HashSet<string>>> GetAsync(WaymarkDbContext db, string workspaceId, CancellationToken ct) =>
        _workspaces.UseAsync(workspaceId, async entry =>
        {
            if (entry.Links is { } links)
                return links;
            var rows = await db.FeedbackItemTags.AsNoTracking().Where(l => l.WorkspaceId == workspaceId)
                .Select(l => new { l.TagId, l.FeedbackId }).ToListAsync(ct);
            var read = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var r in rows)
            {
                if (!read.TryGetValue(r.TagId, out var ids))
                    read[r.TagId] = ids = new HashSet<string>(StringComparer.Ordinal);
                ids.Add(r.FeedbackId);
            }

            entry.Links = read;
            return (IReadOnlyDictionary<string, HashSet<string>>)read;
        }, ct);

    /// <summary>Forgets the workspace's links (a tag changed): the next use reads them again.</summary>
    public void Forget(string workspaceId) => _workspaces.Forget(workspaceId);

    private sealed class Entry
    {
        public Dictionary<string, HashSet<string>>? Links { get; set; }
    }
}
