using System.Collections.Concurrent;
using System.Globalization;

namespace Waymark.Server.Features.Analysis;

/// <summary>
/// A task scheduler with threads of its own for the engine's passes. The passes run on the scheduler they are started
/// from (Waymark.Analytics' PassOptions), so an analysis started here never takes a thread-pool thread: the pool stays
/// free for the requests that need little (a workspace list, a map read), and the OS shares the cores between them.
/// </summary>
internal sealed class AnalysisThreads : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;

    public AnalysisThreads(int count)
    {
        _threads = new Thread[count];
        for (var i = 0; i < count; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = "Waymark analysis " + i.ToString(CultureInfo.InvariantCulture) };
            _threads[i].Start();
        }
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads)
        {
            // An analysis still running at shutdown stops at its next chunk (its request is aborted); do not hang on it.
            if (!thread.Join(TimeSpan.FromSeconds(5)))
            {
                return;
            }
        }

        _queue.Dispose();
    }

    protected override void QueueTask(Task task) => _queue.Add(task);

    // A pass waiting for its own chunks runs them itself when it is on one of these threads (no deadlock, no idling).
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Array.IndexOf(_threads, Thread.CurrentThread) >= 0 && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Work()
    {
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }
}
