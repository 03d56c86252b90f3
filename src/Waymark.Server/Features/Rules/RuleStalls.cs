using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waymark.Analytics.Mapping;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Webhooks;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// A batch's effect on a stall rule's timers: reaching step B before an armed timer is due cancels it; reaching step A
/// with no timer running arms one (due at the event's time plus the wait). Timers are rows, so they outlive restarts;
/// one armed per event (ArmedBy), so a replayed batch arms nothing twice. The sweeper fires the due ones.
/// </summary>
internal static class RuleStalls
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task ApplyAsync(WaymarkDbContext db, RuleRun run, List<BatchCustomer> customers, StepMatcher matcher, CancellationToken ct)
    {
        var (id, t) = (run.Entity.Id, run.Trigger);
        var (a, b) = (run.StepIndex(t.StepId), run.StepIndex(t.UntilStepId));
        var ids = customers.Select(c => c.Id).ToList();
        var keys = customers.SelectMany(c => c.Events).Select(e => Key(e)).ToList();
        var timers = await db.RuleTimers.Where(x => x.RuleId == id && ids.Contains(x.CustomerId) && (x.State == RuleTimerStates.Armed || keys.Contains(x.ArmedBy)))
            .ToListAsync(ct);
        var used = timers.Select(x => (x.CustomerId, x.ArmedBy)).ToHashSet();
        foreach (var customer in customers)
        {
            var mine = timers.Where(x => x.CustomerId == customer.Id && x.State == RuleTimerStates.Armed).ToList();
            foreach (var e in customer.Events.Where(e => e.Stored.Sequence > run.Entity.EventsAfter))
            {
                var steps = matcher.StepsOf(e.Index);
                var at = e.Payload.At;
                if (steps.Contains(b))
                {
                    foreach (var timer in mine.Where(x => x.State == RuleTimerStates.Armed && x.StartedAt <= at && at < x.DueAt))
                    {
                        timer.State = RuleTimerStates.Cancelled;
                    }
                }

                if (steps.Contains(a) && !mine.Any(x => x.State == RuleTimerStates.Armed && x.DueAt > at) && used.Add((customer.Id, Key(e))))
                {
                    var timer = new RuleTimerEntity
                    {
                        Id = "tmr_" + WebhookIds.New(DateTimeOffset.UtcNow)[4..], RuleId = id, WorkspaceId = run.Entity.WorkspaceId, MapId = run.Entity.MapId,
                        CustomerId = customer.Id, ArmedBy = Key(e), StartedAt = at, DueAt = at.AddSeconds(t.WithinSeconds ?? 0),
                        State = RuleTimerStates.Armed, Event = JsonSerializer.Serialize(e.Payload, Json),
                    };
                    db.RuleTimers.Add(timer);
                    mine.Add(timer);
                }
            }
        }
    }

    public static RulePayloadEvent? EventOf(RuleTimerEntity timer) => JsonSerializer.Deserialize<RulePayloadEvent>(timer.Event, Json);

    private static string Key(BatchEvent e) => $"e:{e.Stored.Sequence}";
}
