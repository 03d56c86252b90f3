using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// The map now, from the stall timers: per step, customers in flight (a stall timer armed at the step, not yet due),
/// stalled now (a stall fired at the step in the last 24 hours, or due and about to), and the rules of the step.
/// </summary>
public static class RuleLive
{
    public static async Task<Results<Ok<LiveView>, ProblemHttpResult>> Get(string workspaceId, string mapId, WaymarkDbContext db, CancellationToken ct)
    {
        if (await MapDocument.LoadAsync(db, workspaceId, mapId, ct) is not { } map)
        {
            return Problems.NotFound("map", mapId);
        }

        var now = DateTime.UtcNow;
        var since = now.AddDays(-1);
        var rules = (await db.Rules.AsNoTracking().Where(r => r.MapId == mapId && r.WorkspaceId == workspaceId).ToListAsync(ct))
            .Select(r => (Entity: r, Definition: RuleMapping.Read(r))).ToList();
        var timers = await db.RuleTimers.AsNoTracking()
            .Where(t => t.MapId == mapId && (t.State == RuleTimerStates.Armed || (t.State == RuleTimerStates.Fired && t.DueAt >= since)))
            .Select(t => new { t.RuleId, t.CustomerId, t.State, t.DueAt }).ToListAsync(ct);
        var stepOf = rules.Where(r => r.Definition.Trigger.StepId is not null).ToDictionary(r => r.Entity.Id, r => r.Definition.Trigger.StepId!, StringComparer.Ordinal);
        var steps = map.AllSteps().Select(step =>
        {
            var here = timers.Where(t => stepOf.GetValueOrDefault(t.RuleId) == step.Id).ToList();
            var inFlight = here.Where(t => t.State == RuleTimerStates.Armed && t.DueAt > now).Select(t => t.CustomerId).Distinct(StringComparer.Ordinal).Count();
            var stalled = here.Where(t => t.State == RuleTimerStates.Fired || t.DueAt <= now).Select(t => t.CustomerId).Distinct(StringComparer.Ordinal).Count();
            var stepRules = rules.Where(r => r.Definition.Trigger.StepId == step.Id || r.Definition.Trigger.UntilStepId == step.Id)
                .Select(r => new LiveRule(r.Entity.Id, r.Entity.Name, r.Entity.Kind, r.Entity.Enabled)).ToList();
            return new LiveStep(step.Id, inFlight, stalled, stepRules);
        }).ToList();
        return TypedResults.Ok(new LiveView(now, steps));
    }
}
