namespace Waymark.Data.EventStores;

/// <summary>
/// Group commit of appends. Concurrent appends queue here, and one writer at a time takes every batch that is waiting
/// (up to <paramref name="maxGroupItems"/> items; always at least one batch) and writes them with one
/// <paramref name="write"/>: on SQLite one immediate transaction and one fsync (ADR 057), on ClickHouse one id lookup
/// and one insert per table (ADR 067), instead of one per request. No wait is added: a lone batch is written at once,
/// and what queues while a group is written forms the next group. A batch's task completes only after its group's
/// write has returned, with its own result. A failed group is written again one batch at a time, so one batch's
/// failure is its own and the others are still stored. A caller cancelled before its batch is taken is dropped; once
/// taken, the batch is written whatever the caller does, as a write under way always was. With
/// <paramref name="turn"/>, each group first waits for its turn there (SQLite's <see cref="SqliteWriteGate"/>), so a
/// busy writer does not keep the others out.
/// </summary>
/// <typeparam name="TBatch">What one append brings (its items and where they go).</typeparam>
internal sealed class GroupCommit<TBatch>(
    Func<IReadOnlyList<TBatch>, Task<AppendResult[]>> write,
    Func<TBatch, int> countOf,
    int maxGroupItems,
    Func<Task<IDisposable>>? turn = null)
{
    private readonly Lock _lock = new();
    private readonly Queue<Pending> _queue = new();
    private bool _writing;
    private long _commits;
    private long _queued;

    /// <summary>Groups written so far (the tests' measure of how many batches shared a write).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Batches queued so far, taken or not.</summary>
    public long Queued => Interlocked.Read(ref _queued);

    /// <summary>Batches waiting for the writer.</summary>
    public int Waiting
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Queues the batch; completes once the write holding it has returned (the batch is stored then).</summary>
    public Task<AppendResult> AppendAsync(TBatch batch, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var pending = new Pending(batch, ct);
        lock (_lock)
        {
            _queue.Enqueue(pending);
            _queued++;
            if (_writing)
            {
                return pending.Done.Task;
            }

            _writing = true;
        }

        _ = Task.Run(DrainAsync, CancellationToken.None);
        return pending.Done.Task;
    }

    /// <summary>
    /// Writes groups while batches wait, each in its turn when there is a gate (on SQLite the evaluator and the
    /// dispatcher get theirs in between), taking the group once the turn has come so that what queued meanwhile goes
    /// with it. Never throws: each failure goes to its batches' tasks.
    /// </summary>
    private async Task DrainAsync()
    {
        while (true)
        {
            using var held = turn is null ? null : await turn().ConfigureAwait(false);
            var group = Take();
            if (group.Count == 0)
            {
                return;
            }

            try
            {
                var results = await WriteAsync(group).ConfigureAwait(false);
                for (var i = 0; i < group.Count; i++)
                {
                    group[i].Done.TrySetResult(results[i]);
                }
            }
            catch (Exception) when (group.Count > 1)
            {
                foreach (var alone in group)
                {
                    await WriteAloneAsync(alone).ConfigureAwait(false);
                }
            }
            catch (Exception e)
            {
                group[0].Done.TrySetException(e);
            }
        }
    }

    private async Task WriteAloneAsync(Pending pending)
    {
        try
        {
            pending.Done.TrySetResult((await WriteAsync([pending]).ConfigureAwait(false))[0]);
        }
        catch (Exception e)
        {
            pending.Done.TrySetException(e);
        }
    }

    /// <summary>The next group in arrival order; empty (and the writer stops) when nothing waits.</summary>
    private List<Pending> Take()
    {
        var group = new List<Pending>();
        var items = 0;
        lock (_lock)
        {
            while (_queue.TryPeek(out var next) && (group.Count == 0 || items + countOf(next.Batch) <= maxGroupItems))
            {
                _queue.Dequeue();
                if (next.Cancel.IsCancellationRequested)
                {
                    next.Done.TrySetCanceled(next.Cancel);
                    continue;
                }

                group.Add(next);
                items += countOf(next.Batch);
            }

            _writing = group.Count > 0;
        }

        return group;
    }

    private async Task<AppendResult[]> WriteAsync(List<Pending> group)
    {
        // No caller's token: a taken batch is written even if its caller gives up meanwhile.
        var results = await write([.. group.Select(p => p.Batch)]).ConfigureAwait(false);
        Interlocked.Increment(ref _commits);
        return results;
    }

    private sealed class Pending(TBatch batch, CancellationToken cancel)
    {
        public TBatch Batch { get; } = batch;

        public CancellationToken Cancel { get; } = cancel;

        public TaskCompletionSource<AppendResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
