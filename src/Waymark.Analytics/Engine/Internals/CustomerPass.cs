using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Runs one pass over all customers, split into chunks across cores; each thread owns an accumulator and the
/// accumulators are merged at the end (in chunk-independent order, so results must not depend on it). A cancelled
/// token stops the pass between chunks (a few thousand customers each) with an <see cref="OperationCanceledException"/>.
/// </summary>
internal static class CustomerPass
{
    public static TVisitor Run<TVisitor>(EventLog log, CompiledFilter filter, Func<TVisitor> create, CancellationToken ct = default)
        where TVisitor : class, ICustomerVisitor<TVisitor> =>
        MergeAll(RunUnmerged(log, filter, create, ct), create);

    /// <summary>The pass without the merge: each thread's accumulator. With <paramref name="activitiesAndTimes"/> the
    /// visitor reads only the views' activities and times (and customer), so a filtered view need not copy the rest.</summary>
    internal static List<TVisitor> RunUnmerged<TVisitor>(EventLog log, CompiledFilter filter, Func<TVisitor> create, CancellationToken ct = default, bool activitiesAndTimes = false)
        where TVisitor : class, ICustomerVisitor<TVisitor>
    {
        var customers = log.CustomerCount;
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, customers / 1024));
        var chunkSize = Math.Max(1024, customers / (workers * 16) + 1);
        var chunks = (customers + chunkSize - 1) / chunkSize;
        var results = new List<TVisitor>();
        var next = -1;
        // One accumulator per worker, each claiming chunks until none is left. Parallel.For's own thread-local state
        // is made again each time a worker yields its thread (every ~100 ms, more often on a busy machine): each new
        // accumulator rented its own tables and duration blocks, so a slow request made more garbage than a fast one
        // and its full collections made it slower still.
        Parallel.For(0, workers, PassOptions.For(workers, ct), _ =>
        {
            TVisitor? visitor = null;
            ViewBuffer? buffer = null;
            int chunk;
            while (!ct.IsCancellationRequested && (chunk = Interlocked.Increment(ref next)) < chunks)
            {
                (visitor, buffer) = (visitor ?? create(), buffer ?? new ViewBuffer(activitiesAndTimes));
                var end = Math.Min(customers, (chunk + 1) * chunkSize);
                for (var c = chunk * chunkSize; c < end; c++)
                {
                    Visit(log, filter, c, visitor, buffer);
                }
            }

            if (visitor is not null)
            {
                lock (results)
                {
                    results.Add(visitor);
                }
            }
        });
        ct.ThrowIfCancellationRequested();
        return results;
    }

    /// <summary>Whether the filter admits one customer: the same checks as a pass, for one customer (a live rule's condition).</summary>
    public static bool Admits(EventLog log, CompiledFilter filter, int customer, ViewBuffer buffer)
    {
        var count = new CountVisitor();
        Visit(log, filter, customer, count, buffer);
        return count.Customers > 0;
    }

    /// <summary>The threads' accumulators merged into the first (a new one when no customer was visited).</summary>
    internal static TVisitor MergeAll<TVisitor>(List<TVisitor> results, Func<TVisitor> create)
        where TVisitor : class, ICustomerVisitor<TVisitor>
    {
        if (results.Count == 0)
        {
            return create();
        }

        for (var i = 1; i < results.Count; i++)
        {
            results[0].Merge(results[i]);
        }

        return results[0];
    }

    private static void Visit<TVisitor>(EventLog log, CompiledFilter filter, int customer, TVisitor visitor, ViewBuffer buffer)
        where TVisitor : class, ICustomerVisitor<TVisitor>
    {
        var start = log.CustomerStart[customer];
        var length = log.CustomerStart[customer + 1] - start;
        if (filter.IsEmpty)
        {
            visitor.Visit(new CustomerView(customer, log.Activity.AsSpan(start, length), log.Ticks.AsSpan(start, length), log.Channel.AsSpan(start, length), start));
            return;
        }

        if (!filter.AdmitsCustomer(customer))
        {
            return;
        }

        var view = filter.HasEventFilter
            ? buffer.Filter(log, filter, customer, start, length)
            : new CustomerView(customer, log.Activity.AsSpan(start, length), log.Ticks.AsSpan(start, length), log.Channel.AsSpan(start, length), start);
        if (view.Length == 0 || !filter.AdmitsActivities(view.Activity))
        {
            return;
        }

        if (filter.Matches is { } matches)
        {
            view = buffer.Keep(log, matches, view);
        }

        if (view.Length > 0)
        {
            visitor.Visit(view);
        }
    }
}
