using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// The map now, from the stall timers: per step, customers in flight (a stall timer armed at the step whose deadline
/// has not passed: waiting for step B within the rule's window), stalled now (a stall deadline at the step passed in
/// the last 24 hours: fired, or due and about to be), and the rules of the step. A customer under two stall rules of
/// one step counts once. The counts are per step in the database, over the timers of the map's stall rules (the
/// timers' RuleId index), never every timer of the workspace.
/// </summary>
public static class RuleLive
{
    public static async Task<Results<Ok<LiveView>, ProblemHttpResult>> Get(string workspaceId, string mapId, WaymarkDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await MapDocument.LoadAsync(db, workspaceId, mapId, ct) is not { } map)
        {
            return Problems.NotFound("map", mapId);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var rules = (await db.Rules.AsNoTracking().Where(r => r.MapId == mapId && r.WorkspaceId == workspaceId).ToListAsync(ct))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => (Entity: r, Definition: RuleMapping.Read(r))).ToList();
        var stallRules = rules.Where(r => r.Entity.Kind == RuleKinds.Stalled && r.Definition.Trigger.StepId is not null)
            .ToLookup(r => r.Definition.Trigger.StepId!, r => r.Entity.Id, StringComparer.Ordinal);
        var steps = new List<LiveStep>();
        foreach (var step in map.AllSteps())
        {
            var (inFlight, stalled) = stallRules.Contains(step.Id) ? await CountAsync(db, [.. stallRules[step.Id]], now, ct) : (0, 0);
            var stepRules = rules.Where(r => r.Definition.Trigger.StepId == step.Id || r.Definition.Trigger.UntilStepId == step.Id)
                .Select(r => new LiveRule(r.Entity.Id, r.Entity.Name, r.Entity.Kind, r.Entity.Enabled, r.Definition.Trigger.StepId != step.Id)).ToList();
            steps.Add(new LiveStep(step.Id, inFlight, stalled, stepRules));
        }

        return TypedResults.Ok(new LiveView(now, steps));
    }

    /// <summary>Distinct customers in flight and stalled in the last day under the given stall rules of one step.</summary>
    private static async Task<(int InFlight, int Stalled)> CountAsync(WaymarkDbContext db, List<string> ruleIds, DateTime now, CancellationToken ct)
    {
        var since = now.AddDays(-1);
        var timers = db.RuleTimers.AsNoTracking().Where(t => ruleIds.Contains(t.RuleId));
        var inFlight = await timers.Where(t => t.State == RuleTimerStates.Armed && t.DueAt > now)
            .Select(t => t.CustomerId).Distinct().CountAsync(ct);
        var stalled = await timers.Where(t => (t.State == RuleTimerStates.Fired || t.State == RuleTimerStates.Armed) && t.DueAt >= since && t.DueAt <= now)
            .Select(t => t.CustomerId).Distinct().CountAsync(ct);
        return (inFlight, stalled);
    }
}
