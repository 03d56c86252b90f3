namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// How a parallel pass runs: on the caller's task scheduler (a host may run analyses on threads of their own, so a
/// pass never occupies the threads its other requests need; outside a task this is the thread pool) and stopping at
/// the next chunk of customers once the caller's token is cancelled (Parallel.For checks it between iterations).
/// </summary>
internal static class PassOptions
{
    public static ParallelOptions For(int workers, CancellationToken ct) => new()
    {
        MaxDegreeOfParallelism = workers,
        CancellationToken = ct,
        TaskScheduler = TaskScheduler.Current,
    };
}
