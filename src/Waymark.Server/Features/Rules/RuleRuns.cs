using Microsoft.EntityFrameworkCore;
using Waymark.Core.FileFormat;
using Waymark.Data;
using Waymark.Server.Features.Segments;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// Reads the enabled rules the evaluator runs. A broken rule (it names a step, segment or endpoint that is gone) is
/// left out, never an exception: its state says why on the rules list.
/// </summary>
internal static class RuleRuns
{
    /// <param name="workspaceId">When given, only this workspace's rules (a batch re-reading the rules after its items).</param>
    /// <param name="sourceId">When given, only rules whose map reads this event source.</param>
    public static async Task<List<RuleRun>> LoadAsync(
        WaymarkDbContext db, Func<string, bool> kinds, CancellationToken ct, string? workspaceId = null, string? sourceId = null)
    {
        var rows = await (from r in db.Rules.AsNoTracking()
                          where r.Enabled && (workspaceId == null || r.WorkspaceId == workspaceId)
                          join m in db.Maps.AsNoTracking() on r.MapId equals m.Id
                          where sourceId == null || m.SourceId == sourceId
                          select new { Rule = r, m.SourceId, m.Name, m.Document }).ToListAsync(ct);
        var runs = new List<RuleRun>();
        var worlds = new Dictionary<string, RuleWorld>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => kinds(r.Rule.Kind)))
        {
            var map = MapSerializer.Read(row.Document, MapFormat.Json).Map;
            if (map is null)
            {
                continue;
            }

            if (!worlds.TryGetValue(row.Rule.MapId, out var world))
            {
                world = worlds[row.Rule.MapId] = await RuleWorlds.ReadAsync(db, row.Rule.WorkspaceId, map, ct);
            }

            var definition = RuleMapping.Read(row.Rule);
            if (RuleMapping.Problem(definition, world) is not null)
            {
                continue;
            }

            var condition = await ConditionsAsync(db, row.Rule.WorkspaceId, definition.Conditions.SegmentId, ct);
            var watched = string.IsNullOrEmpty(definition.Trigger.SegmentId) ? null : await SegmentStore.FindAsync(db, row.Rule.WorkspaceId, definition.Trigger.SegmentId, ct);
            var entered = watched is null ? null : SegmentStore.ConditionsOf(watched);
            runs.Add(new RuleRun(row.Rule, definition, map, row.Name, row.SourceId, world, condition, entered,
                watched is null ? null : new RulePayloadRef(watched.Id, watched.Name)));
        }

        return runs;
    }

    private static async Task<SegmentConditions?> ConditionsAsync(WaymarkDbContext db, string workspaceId, string? segmentId, CancellationToken ct) =>
        string.IsNullOrEmpty(segmentId) ? null : await SegmentStore.FindAsync(db, workspaceId, segmentId, ct) is { } s ? SegmentStore.ConditionsOf(s) : null;
}
