using Microsoft.Extensions.Options;
using Waymark.Analytics.Feedback;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Caches;
using Waymark.Server.Features.Feedback;
using Waymark.Server.Features.Webhooks;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// Evaluates feedback rules over one batch of a workspace's feedback from its cursor. An item is on the rule's step
/// when the map places it there (FeedbackPlacer: its step, its activity, the customer's nearest bound event, a keyword),
/// as the map's feedback figures place it.
/// </summary>
internal sealed class RuleFeedbackBatches(
    IServiceScopeFactory scopes, IFeedbackStore store, EventLogCache logs, WebhookSignal hooks, IOptions<RuleOptions> options, TimeProvider time)
{
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        List<RuleRun> runs;
        await using (var scope = scopes.CreateAsyncScope())
        {
            runs = await RuleRuns.LoadAsync(scope.ServiceProvider.GetRequiredService<WaymarkDbContext>(), k => k == RuleKinds.Feedback, ct);
        }

        var more = false;
        foreach (var workspace in runs.GroupBy(r => r.Entity.WorkspaceId))
        {
            more |= await BatchAsync(workspace.Key, [.. workspace], ct);
        }

        return more;
    }

    internal async Task<bool> BatchAsync(string workspaceId, IReadOnlyList<RuleRun> runs, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var stream = RuleCursors.Feedback(workspaceId);
        var cursor = await RuleCursors.ReadAsync(db, stream, ct);
        var start = Math.Max(cursor ?? 0, runs.Min(r => r.Entity.FeedbackAfter));
        var size = options.Value.BatchSize;
        var batch = new List<StoredFeedback>();
        await foreach (var f in store.ReadSinceAsync(workspaceId, start, ct))
        {
            batch.Add(f);
            if (batch.Count == size)
            {
                break;
            }
        }

        if (batch.Count == 0)
        {
            if (cursor is null || start > cursor)
            {
                await RuleCursors.CommitAsync(db, new RuleWrites(), workspaceId, stream, cursor, start, ct);
            }

            return false;
        }

        // The workspace's feedback rules as they are now, read after the items (as the event batches do): a rule created
        // between the first read and the items would otherwise never see them.
        runs = await RuleRuns.LoadAsync(db, k => k == RuleKinds.Feedback, ct, workspaceId);
        var rows = new RuleWrites();
        foreach (var run in runs)
        {
            var log = run.SourceId is null ? EventLogCache.Empty : await logs.GetAsync(new EventSourceKey(workspaceId, run.SourceId), ct);
            await RuleFirer.FireAsync(db, rows, run, Candidates(run, batch, new FeedbackPlacer(log, run.Map, FeedbackOptions.DefaultWindow)), log, time, ct);
        }

        if (await RuleCursors.CommitAsync(db, rows, workspaceId, stream, cursor, batch[^1].Sequence, ct))
        {
            hooks.Notify(); // the batch's deliveries go out now, not at the dispatcher's next poll
        }

        return batch.Count == size;
    }

    private static List<RuleCandidate> Candidates(RuleRun run, List<StoredFeedback> batch, FeedbackPlacer placer)
    {
        var t = run.Trigger;
        var step = run.StepIndex(t.StepId);
        var stepRef = new RulePayloadStep(t.StepId!, RuleDetails.Step(run.World, t.StepId!));
        var found = new List<RuleCandidate>();
        foreach (var row in batch.Where(f => f.Sequence > run.Entity.FeedbackAfter && f.CustomerId is not null))
        {
            var item = FeedbackMapping.ToItem(row);
            if (placer.Place(item).Step == step && RuleMatch.Holds(t.Feedback, item))
            {
                var payload = new RulePayloadFeedback(row.FeedbackId, new DateTime(row.UtcTicks, DateTimeKind.Utc), row.ScoreType, row.Score, row.Text, row.Source, row.Sequence);
                found.Add(new RuleCandidate(row.CustomerId!, $"f:{row.Sequence}", payload.At, stepRef, null, payload,
                    RuleDetails.Feedback(run.World, t.StepId!, row.ScoreType, row.Score)));
            }
        }

        return found;
    }
}
