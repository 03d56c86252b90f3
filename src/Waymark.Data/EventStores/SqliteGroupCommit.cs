using Microsoft.Data.Sqlite;

namespace Waymark.Data.EventStores;

/// <summary>
/// Group commit for SQLite appends. Concurrent appends queue here, and one writer at a time takes every batch that is
/// waiting (up to <paramref name="maxGroupItems"/> items; always at least one batch) into one immediate transaction
/// and one commit: one turn of SQLite's write lock and one fsync for the group instead of one per request, which under
/// many small ingest requests left the lock (and the CPU) to little else. No wait is added: a lone batch commits at
/// once, and what queues while a commit runs forms the next group. A batch's task completes only after its group's
/// commit, with its own result. A failed group is written again one transaction per batch, so one batch's failure
/// (a workspace deleted meanwhile) is its own and the others still commit. A caller cancelled before its batch is
/// taken is dropped; once taken, the batch is written whatever the caller does, as a commit under way always was.
/// Each group waits for its turn at <see cref="SqliteWriteGate"/>, so a busy writer does not keep the others out.
/// </summary>
/// <typeparam name="TBatch">What one append brings (its items and where they go).</typeparam>
internal sealed class SqliteGroupCommit<TBatch>(
    SqliteWriteGate gate,
    Func<CancellationToken, Task<SqliteConnection>> open,
    Func<SqliteTransaction, IReadOnlyList<TBatch>, Task<AppendResult[]>> write,
    Func<TBatch, int> countOf,
    int maxGroupItems)
{
    private readonly Lock _lock = new();
    private readonly Queue<Pending> _queue = new();
    private bool _writing;
    private long _commits;
    private long _queued;

    /// <summary>Group transactions committed so far (the tests' measure of how many batches shared a commit).</summary>
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

    /// <summary>Queues the batch; completes once a commit holding it has returned (the batch is durable then).</summary>
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
    /// Writes groups while batches wait, each in its turn at the gate (the evaluator and the dispatcher get theirs in
    /// between), taking the group once the turn has come so that what queued meanwhile goes with it. Never throws:
    /// each failure goes to its batches' tasks.
    /// </summary>
    private async Task DrainAsync()
    {
        while (true)
        {
            using var turn = await gate.EnterAsync(CancellationToken.None).ConfigureAwait(false);
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
        // The writer's own token: a taken batch is written even if its caller gives up meanwhile.
        await using var connection = await open(CancellationToken.None).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(CancellationToken.None).ConfigureAwait(false);
        var results = await write(transaction, [.. group.Select(p => p.Batch)]).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
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
