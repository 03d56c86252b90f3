using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Audit;

/// <summary>Which targets of a page are maps, personas or segments still in the workspace, so the page can link them.</summary>
internal static class ActivityTargets
{
    public static async Task<HashSet<string>> ExistingAsync(WaymarkDbContext db, string workspaceId, IReadOnlyList<AuditEventEntity> rows, CancellationToken ct)
    {
        string[] Of(string kind) => rows.Where(r => r.Target is not null && r.Action.StartsWith(kind + ".", StringComparison.Ordinal))
            .Select(r => r.Target!).Distinct(StringComparer.Ordinal).ToArray();
        var maps = Of("map");
        var personas = Of("persona");
        var segments = Of("segment");
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (maps.Length > 0)
        {
            found.UnionWith(await db.Maps.Where(m => m.WorkspaceId == workspaceId && maps.Contains(m.Id)).Select(m => m.Id).ToListAsync(ct));
        }

        if (personas.Length > 0)
        {
            found.UnionWith(await db.Personas.Where(p => p.WorkspaceId == workspaceId && personas.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct));
        }

        if (segments.Length > 0)
        {
            found.UnionWith(await db.Segments.Where(s => s.WorkspaceId == workspaceId && segments.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct));
        }

        return found;
    }

    /// <summary>Whether the row's target is one of the found ones (an id of another kind never links).</summary>
    public static bool Links(AuditEventEntity row, HashSet<string> found) =>
        row.Target is not null && found.Contains(row.Target) &&
        (row.Action.StartsWith("map.", StringComparison.Ordinal) || row.Action.StartsWith("persona.", StringComparison.Ordinal) ||
         row.Action.StartsWith("segment.", StringComparison.Ordinal));
}
