using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Mapping.Internals;

/// <summary>
/// One pass over the customers for the actual paths, in chunks across cores (one accumulator per thread, merged
/// at the end). Events between two bound steps that stand for no step are skipped: the move goes from the one
/// step straight to the other. A cancelled token stops the pass between chunks of customers.
/// </summary>
internal static class PathsPass
{
    public static PathsVisitor Run(EventLog log, StepMatcher matcher, PathsFunnel funnel, in PathsOptions options, CancellationToken ct)
    {
        var filter = new CompiledFilter(log, options.Filter);
        var predicate = options.Customers;
        var customers = log.CustomerCount;
        var chunkSize = Math.Max(1024, (customers / (Environment.ProcessorCount * 8)) + 1);
        var chunks = (customers + chunkSize - 1) / chunkSize;
        var results = new List<PathsVisitor>();
        Parallel.For(0, chunks, PassOptions.For(Environment.ProcessorCount, ct), () => (Visitor: new PathsVisitor(matcher.StepCount, log.Activities.Count, funnel), Kept: new Kept()), (chunk, _, local) =>
        {
            var end = Math.Min(customers, (chunk + 1) * chunkSize);
            for (var c = chunk * chunkSize; c < end; c++)
            {
                if (predicate is null || predicate(c))
                {
                    Visit(log, matcher, filter, c, local.Visitor, local.Kept);
                }
            }

            return local;
        }, local =>
        {
            lock (results)
            {
                results.Add(local.Visitor);
            }
        });
        var merged = results.Count == 0 ? new PathsVisitor(matcher.StepCount, log.Activities.Count, funnel) : results[0];
        for (var i = 1; i < results.Count; i++)
        {
            merged.Merge(results[i]);
        }

        return merged;
    }

    private static void Visit(EventLog log, StepMatcher matcher, CompiledFilter filter, int customer, PathsVisitor visitor, Kept kept)
    {
        var range = log.EventsOf(customer);
        var (start, length) = (range.Start.Value, range.End.Value - range.Start.Value);
        if (length == 0 || (!filter.IsEmpty && !filter.AdmitsCustomer(customer)))
        {
            return;
        }

        var count = kept.Collect(log, filter, start, length);
        if (count == 0 || !filter.AdmitsActivities(kept.Activities.AsSpan(0, count)))
        {
            return;
        }

        var path = visitor.PathBuffer(count);
        var (steps, previous) = (0, -1);
        for (var k = 0; k < count; k++)
        {
            var index = kept.Indices[k];
            visitor.CountActivity(customer, log.Activity[index]);
            var step = matcher.StepOf(index, Math.Max(previous, 0));
            if (step >= 0 && step != previous)
            {
                path[steps++] = step;
                previous = step;
            }
        }

        visitor.CountPath(customer, path.AsSpan(0, steps));
        if (steps > 0)
        {
            var view = new CustomerView(customer, kept.Activities.AsSpan(0, count), kept.Ticks.AsSpan(0, count),
                kept.Channels.AsSpan(0, count), 0, kept.Indices.AsSpan(0, count));
            visitor.CountFunnel(view, path[steps - 1]);
        }
    }

    /// <summary>A customer's events kept by the filter: log indices, activities, times and channels, in time order.</summary>
    private sealed class Kept
    {
        public int[] Indices { get; private set; } = new int[256];

        public ushort[] Activities { get; private set; } = new ushort[256];

        public long[] Ticks { get; private set; } = new long[256];

        public ushort[] Channels { get; private set; } = new ushort[256];

        public int Collect(EventLog log, CompiledFilter filter, int start, int length)
        {
            if (Indices.Length < length)
            {
                Indices = new int[length * 2];
                Activities = new ushort[length * 2];
                Ticks = new long[length * 2];
                Channels = new ushort[length * 2];
            }

            var count = 0;
            for (var i = start; i < start + length; i++)
            {
                if (!filter.HasEventFilter || filter.AdmitsEvent(i))
                {
                    Indices[count] = i;
                    Ticks[count] = log.Ticks[i];
                    Channels[count] = log.Channel[i];
                    Activities[count++] = log.Activity[i];
                }
            }

            return count;
        }
    }
}
