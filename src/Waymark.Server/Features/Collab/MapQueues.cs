using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Waymark.Server.Features.Collab;

/// <summary>
/// One queue per map in this server: Sends that arrive while a batch is being written wait, then go together as the
/// next batch, in one transaction (group commit). One writer per map per server keeps the order simple; the database
/// lock in <see cref="OperationLog"/> keeps it across servers. Applied ops are broadcast to the map's group before the
/// senders get their results, in seq order; a batch's broadcast overlaps the next batch's write (docs/adr/050).
/// </summary>
internal sealed class MapQueues(IServiceScopeFactory scopes, IHubContext<CollabHub> hub, ILogger<MapQueues> logger)
{
    /// <summary>The most ops one batch takes; a longer queue is written in several.</summary>
    public const int MaxBatch = 1000;

    private readonly ConcurrentDictionary<string, MapQueue> _queues = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<SendResult>> SendAsync(string mapId, IReadOnlyList<QueuedOp> ops)
    {
        var waiting = new Waiting(ops, new TaskCompletionSource<IReadOnlyList<SendResult>>(TaskCreationOptions.RunContinuationsAsynchronously));
        var queue = _queues.GetOrAdd(mapId, _ => new MapQueue());
        bool start;
        lock (queue)
        {
            queue.Items.Enqueue(waiting);
            start = !queue.Running;
            queue.Running = true;
        }

        if (start)
        {
            _ = Task.Run(() => DrainAsync(mapId, queue));
        }

        return waiting.Done.Task;
    }

    private async Task DrainAsync(string mapId, MapQueue queue)
    {
        while (true)
        {
            var batch = new List<Waiting>();
            lock (queue)
            {
                var count = 0;
                while (queue.Items.TryPeek(out var next) && (batch.Count == 0 || count + next.Ops.Count <= MaxBatch))
                {
                    batch.Add(queue.Items.Dequeue());
                    count += next.Ops.Count;
                }

                if (batch.Count == 0)
                {
                    queue.Running = false;
                    return;
                }
            }

            await WriteAsync(mapId, queue, batch);
        }
    }

    /// <summary>
    /// Writes a batch, then hands its broadcast to the map's broadcast chain and returns: the next batch is written
    /// while this one is sent. Broadcasts still go out one after the other in seq order, and each batch's senders get
    /// their results only once its broadcast is out (as before), so nobody hears of an op before the map's group does.
    /// </summary>
    private async Task WriteAsync(string mapId, MapQueue queue, List<Waiting> batch)
    {
        BatchOutcome outcome;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var log = scope.ServiceProvider.GetRequiredService<OperationLog>();
            outcome = await log.ApplyAsync(mapId, batch.SelectMany(w => w.Ops).ToList(), CancellationToken.None);
        }
        catch (Exception e)
        {
            Fail(mapId, batch, e);
            return;
        }

        queue.Broadcast = AnswerAsync(mapId, queue.Broadcast, batch, outcome);
    }

    private async Task AnswerAsync(string mapId, Task before, List<Waiting> batch, BatchOutcome outcome)
    {
        await before; // never throws: every link ends in its own catch
        try
        {
            if (outcome.Applied.Count > 0)
            {
                await hub.Clients.Group(CollabHub.GroupOf(mapId)).SendAsync("Applied", mapId, outcome.Applied);
            }

            var at = 0;
            foreach (var w in batch)
            {
                w.Done.SetResult(outcome.Results.Skip(at).Take(w.Ops.Count).ToArray());
                at += w.Ops.Count;
            }
        }
        catch (Exception e)
        {
            Fail(mapId, batch, e);
        }
    }

    private void Fail(string mapId, List<Waiting> batch, Exception e)
    {
        logger.LogError(e, "Writing {Count} sends to map {MapId} failed", batch.Count, mapId);
        foreach (var w in batch)
        {
            w.Done.TrySetException(new HubException("The edits could not be saved; send them again."));
        }
    }

    private sealed record Waiting(IReadOnlyList<QueuedOp> Ops, TaskCompletionSource<IReadOnlyList<SendResult>> Done);

    private sealed class MapQueue
    {
        public Queue<Waiting> Items { get; } = new();

        public bool Running { get; set; }

        /// <summary>The last batch's broadcast and answers; the next batch's wait for it (one order per map).</summary>
        public Task Broadcast { get; set; } = Task.CompletedTask;
    }
}
