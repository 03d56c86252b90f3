using Microsoft.Extensions.Options;
using Waymark.Analytics.Events;
using Waymark.Analytics.Mapping;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Caches;
using Waymark.Server.Features.Webhooks;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// Evaluates the event-driven rules (reached-step, event, stalled, segment-entered) over one batch per event source
/// that enabled rules' maps read, from the source's cursor. Which events stand for a step is the map's binding rule
/// (StepMatcher, over a small log of the batch); the batch's firings, timers, memberships and cursor commit together.
/// </summary>
internal sealed partial class RuleEventBatches(
    IServiceScopeFactory scopes, IEventStore store, EventLogCache logs, WebhookSignal hooks, IOptions<RuleOptions> options, ILogger<RuleEventBatches> logger,
    TimeProvider time)
{
    private static readonly HashSet<string> Kinds = [RuleKinds.ReachedStep, RuleKinds.Event, RuleKinds.Stalled, RuleKinds.SegmentEntered];

    /// <summary>One batch per stream; true when some batch came full (more may be waiting).</summary>
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        List<RuleRun> runs;
        await using (var scope = scopes.CreateAsyncScope())
        {
            runs = await RuleRuns.LoadAsync(scope.ServiceProvider.GetRequiredService<WaymarkDbContext>(), Kinds.Contains, ct);
        }

        var more = false;
        foreach (var stream in runs.Where(r => r.SourceId is not null).GroupBy(r => new EventSourceKey(r.Entity.WorkspaceId, r.SourceId!)))
        {
            more |= await BatchAsync(stream.Key, [.. stream], ct);
        }

        return more;
    }

    /// <summary>Evaluates the batch after the cursor (a test evaluates the same batch twice by moving the cursor back).</summary>
    internal async Task<bool> BatchAsync(EventSourceKey source, IReadOnlyList<RuleRun> runs, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var started = Stopwatch.GetTimestamp();
        var stream = RuleCursors.Events(source.WorkspaceId, source.SourceId);
        var cursor = await RuleCursors.ReadAsync(db, stream, ct);
        var start = Math.Max(cursor ?? 0, runs.Min(r => r.Entity.EventsAfter));
        var size = options.Value.BatchSize;
        var batch = new List<StoredEvent>();
        await foreach (var e in store.ReadSinceAsync(source, start, ct))
        {
            batch.Add(e);
            if (batch.Count == size)
            {
                break;
            }
        }

        if (batch.Count == 0)
        {
            if (cursor is null || start > cursor)
            {
                await RuleCursors.CommitAsync(db, new RuleWrites(), source.WorkspaceId, stream, cursor, start, ct);
            }

            return false;
        }

        // The source's rules and their maps as they are now, read after the events. Rules read before them could be
        // older than an event: a step deleted, then an event stored, then a rule firing on the deleted step; or a rule
        // created, then an event stored, then a batch judged without that rule and the cursor moved past the event.
        var read = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        runs = await RuleRuns.LoadAsync(db, Kinds.Contains, ct, source.WorkspaceId, source.SourceId);
        var log = await logs.GetAsync(source, ct);
        var customers = Customers(batch);
        var rows = new RuleWrites();
        foreach (var run in runs)
        {
            await EvaluateAsync(db, rows, run, customers, log, time, ct);
        }

        var evaluated = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var committed = await RuleCursors.CommitAsync(db, rows, source.WorkspaceId, stream, cursor, batch[^1].Sequence, ct);
        LogBatch(logger, batch.Count, read, evaluated - read, Stopwatch.GetElapsedTime(started).TotalMilliseconds - evaluated, committed);
        if (committed)
        {
            hooks.Notify(); // the batch's deliveries go out now, not at the dispatcher's next poll
        }

        return batch.Count == size;
    }

    private static async Task EvaluateAsync(WaymarkDbContext db, RuleWrites rows, RuleRun run, BatchCustomers batch, EventLog log, TimeProvider time, CancellationToken ct)
    {
        var after = run.Entity.EventsAfter;
        var seen = batch.Events.Where(c => c.Events.Any(e => e.Stored.Sequence > after)).ToList();
        if (seen.Count == 0)
        {
            return;
        }

        switch (run.Kind)
        {
            case RuleKinds.Stalled:
                await RuleStalls.ApplyAsync(db, run, seen, StepMatcher.Compile(batch.Log, run.Map), ct);
                return;
            case RuleKinds.SegmentEntered:
                await RuleFirer.FireAsync(db, rows, run, await RuleSegmentEntry.CandidatesAsync(db, run, seen, log, ct), log, time, ct);
                return;
            default:
                await RuleFirer.FireAsync(db, rows, run, Candidates(run, seen, StepMatcher.Compile(batch.Log, run.Map)), log, time, ct);
                return;
        }
    }

    private static List<RuleCandidate> Candidates(RuleRun run, List<BatchCustomer> customers, StepMatcher matcher)
    {
        var t = run.Trigger;
        var step = run.StepIndex(t.StepId);
        var stepRef = t.StepId is null ? null : new RulePayloadStep(t.StepId, RuleDetails.Step(run.World, t.StepId));
        var found = new List<RuleCandidate>();
        foreach (var customer in customers)
        {
            foreach (var e in customer.Events.Where(e => e.Stored.Sequence > run.Entity.EventsAfter))
            {
                var holds = run.Kind == RuleKinds.ReachedStep
                    ? matcher.StepsOf(e.Index).Contains(step)
                    : e.Stored.Activity == t.Activity && RuleMatch.Holds(t.Properties, key => e.Payload.Properties.GetValueOrDefault(key));
                if (holds)
                {
                    var detail = run.Kind == RuleKinds.ReachedStep ? RuleDetails.Reached(run.World, t.StepId!) : RuleDetails.Event(t.Activity!);
                    found.Add(new RuleCandidate(customer.Id, $"e:{e.Stored.Sequence}", e.Payload.At, stepRef, e.Payload, null, detail));
                }
            }
        }

        return found;
    }

    /// <summary>The batch as a small log (so the map's binding rule applies) and per customer its events, time-sorted like the log.</summary>
    private static BatchCustomers Customers(List<StoredEvent> batch)
    {
        var update = new IncrementalEventLog().BeginUpdate();
        foreach (var e in batch)
        {
            update.AddEvent(e.CustomerId, e.UtcTicks, e.Activity, e.Channel, e.Properties);
        }

        var log = update.Commit();
        var customers = new List<BatchCustomer>();
        foreach (var group in batch.GroupBy(e => e.CustomerId, StringComparer.Ordinal))
        {
            var id = log.Customers.IdOf(group.Key);
            var start = log.EventsOf(id).Start.Value;
            var events = group.OrderBy(e => e.UtcTicks).Select((e, i) => new BatchEvent(e, start + i, RuleEvents.Payload(e))).ToList();
            customers.Add(new BatchCustomer(group.Key, events));
        }

        return new BatchCustomers(log, customers);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A rule batch of {Count} events: read in {ReadMs:0.0} ms, evaluated in {EvaluateMs:0.0} ms, committed in {CommitMs:0.0} ms ({Committed})")]
    private static partial void LogBatch(ILogger logger, int count, double readMs, double evaluateMs, double commitMs, bool committed);
}
