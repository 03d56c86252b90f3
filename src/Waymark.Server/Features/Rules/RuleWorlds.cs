using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Data;

namespace Waymark.Server.Features.Rules;

/// <summary>Reads what rules of a map may name: its steps, the workspace's segments and webhook endpoints.</summary>
internal static class RuleWorlds
{
    public static async Task<RuleWorld> ReadAsync(WaymarkDbContext db, string workspaceId, JourneyMap map, CancellationToken ct)
    {
        var steps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var step in map.AllSteps())
        {
            steps.TryAdd(step.Id, step.Name);
        }

        var segments = await db.Segments.AsNoTracking().Where(s => s.WorkspaceId == workspaceId).Select(s => s.Id).ToListAsync(ct);
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.WorkspaceId == workspaceId).Select(e => e.Id).ToListAsync(ct);
        return new RuleWorld(steps, segments.ToHashSet(StringComparer.Ordinal), endpoints.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Per rule of the map: firings in all, in the last 24 hours, and the last one.</summary>
    public static async Task<Dictionary<string, RuleCounts>> CountsAsync(WaymarkDbContext db, IReadOnlyList<string> ruleIds, CancellationToken ct)
    {
        var since = DateTime.UtcNow.AddDays(-1);
        var rows = await db.RuleFirings.AsNoTracking().Where(f => ruleIds.Contains(f.RuleId))
            .GroupBy(f => f.RuleId)
            .Select(g => new { g.Key, Total = g.Count(), Recent = g.Count(f => f.FiredAt >= since), Last = g.Max(f => (DateTime?)f.FiredAt) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => new RuleCounts(r.Total, r.Recent, r.Last), StringComparer.Ordinal);
    }
}
