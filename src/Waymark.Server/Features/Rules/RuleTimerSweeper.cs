using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Caches;
using Waymark.Server.Features.Webhooks;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// Fires due stall timers. Due timers are claimed with a lease by one conditional UPDATE (as the webhook dispatcher
/// claims deliveries), so two processes never fire one timer at once; the firing's occurrence is the timer, so even a
/// lease that ran out mid-fire cannot fire it twice. A claimed timer of a rule now off, broken or gone is cancelled.
/// </summary>
internal sealed class RuleTimerSweeper(IServiceScopeFactory scopes, EventLogCache logs, WebhookSignal hooks, IOptions<RuleOptions> options, TimeProvider time)
{
    /// <summary>One batch of due timers; true when it came full.</summary>
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        var o = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.RuleTimers.AsNoTracking()
            .Where(t => t.State == RuleTimerStates.Armed && t.DueAt <= now && (t.LeaseUntil == null || t.LeaseUntil < now))
            .OrderBy(t => t.DueAt).Select(t => t.Id).Take(o.BatchSize).ToListAsync(ct);
        if (due.Count == 0)
        {
            return false;
        }

        var owner = Guid.NewGuid().ToString("N");
        var until = now.AddSeconds(o.LeaseSeconds);
        using (await SqliteWriteGate.EnterAsync(db.Database, ct)) // this process's writers take turns (ingestion, dispatcher)
        {
            await db.RuleTimers.Where(t => due.Contains(t.Id) && t.State == RuleTimerStates.Armed && (t.LeaseUntil == null || t.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseUntil, until).SetProperty(t => t.LeaseOwner, owner), ct);
        }

        var claimed = await db.RuleTimers.AsNoTracking().Where(t => t.LeaseOwner == owner && t.State == RuleTimerStates.Armed).ToListAsync(ct);
        var runs = await RuleRuns.LoadAsync(db, k => k == RuleKinds.Stalled, ct);
        var rows = new RuleWrites();
        foreach (var group in claimed.GroupBy(t => t.RuleId))
        {
            var run = runs.Find(r => r.Entity.Id == group.Key);
            if (run is not null)
            {
                var log = run.SourceId is null ? EventLogCache.Empty : await logs.GetAsync(new EventSourceKey(run.Entity.WorkspaceId, run.SourceId), ct);
                var t = run.Trigger;
                var step = new RulePayloadStep(t.StepId!, RuleDetails.Step(run.World, t.StepId!));
                var detail = RuleDetails.Stalled(run.World, t.StepId!, t.UntilStepId!, t.WithinSeconds ?? 0);
                var candidates = group.Select(x => new RuleCandidate(x.CustomerId, $"t:{x.Id}", x.DueAt, step, RuleStalls.EventOf(x), null, detail)).ToList();
                await RuleFirer.FireAsync(db, rows, run, candidates, log, time, ct);
            }
        }

        // The timers' new states by one UPDATE (not one per timer), committed with the firings they made.
        var live = runs.Select(r => r.Entity.Id).ToList();
        using var turn = await SqliteWriteGate.EnterAsync(db.Database, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.RuleTimers.Where(t => t.LeaseOwner == owner && t.State == RuleTimerStates.Armed)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, t => live.Contains(t.RuleId) ? RuleTimerStates.Fired : RuleTimerStates.Cancelled), ct);
            await rows.WriteAsync(db, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            hooks.Notify();
        }
        catch (DbUpdateException)
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear(); // another process fired these timers after our lease ran out: the unique occurrence kept them once
        }

        return due.Count == o.BatchSize;
    }
}
