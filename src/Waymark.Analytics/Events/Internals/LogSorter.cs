namespace Waymark.Analytics.Events.Internals;

/// <summary>
/// Turns input-order columns into the customer-contiguous log: a counting sort by customer (stable, so input
/// order survives), then a stable sort by time inside the customers whose events arrived out of order.
/// </summary>
internal static class LogSorter
{
    public static EventLog Build(ChunkedColumns input, LogDictionaries dictionaries, bool hasTimestamps)
    {
        var customerCount = dictionaries.Customers.Count;
        var grouped = input.Grouped && input.GroupStarts.Count == customerCount;
        var start = grouped ? [.. input.GroupStarts, input.Count] : CountPerCustomer(input, customerCount);
        var ticks = new long[input.Count];
        var activity = new ushort[input.Count];
        var channel = new ushort[input.Count];
        var propertySet = input.AnyProperties ? new int[input.Count] : null;
        if (grouped)
        {
            Concatenate(input, ticks, activity, channel, propertySet);
        }
        else
        {
            Scatter(input, start, ticks, activity, channel, propertySet);
        }

        ReleaseChunks(input);
        SortCustomersByTime(start, ticks, activity, channel, propertySet);
        return new EventLog(start, ticks, activity, channel, propertySet, dictionaries, hasTimestamps);
    }

    private static int[] CountPerCustomer(ChunkedColumns input, int customerCount)
    {
        var start = new int[customerCount + 1];
        for (var chunk = 0; chunk < input.Customer.Count; chunk++)
        {
            var count = Math.Min(ChunkedColumns.ChunkSize, input.Count - (chunk << ChunkedColumns.ChunkShift));
            foreach (var customer in input.Customer[chunk].AsSpan(0, count))
            {
                start[customer + 1]++;
            }
        }

        for (var c = 0; c < customerCount; c++)
        {
            start[c + 1] += start[c];
        }

        return start;
    }

    private static void Scatter(ChunkedColumns input, int[] start, long[] ticks, ushort[] activity, ushort[] channel, int[]? propertySet)
    {
        var next = (int[])start.Clone();
        for (var chunk = 0; chunk < input.Customer.Count; chunk++)
        {
            var count = Math.Min(ChunkedColumns.ChunkSize, input.Count - (chunk << ChunkedColumns.ChunkShift));
            var customers = input.Customer[chunk];
            var chunkTicks = input.Ticks[chunk];
            var chunkActivity = input.Activity[chunk];
            var chunkChannel = input.Channel[chunk];
            var chunkSets = input.PropertySet[chunk];
            for (var i = 0; i < count; i++)
            {
                var to = next[customers[i]]++;
                ticks[to] = chunkTicks[i];
                activity[to] = chunkActivity[i];
                channel[to] = chunkChannel[i];
                if (propertySet is not null && chunkSets is not null)
                {
                    propertySet[to] = chunkSets[i];
                }
            }
        }
    }

    /// <summary>Input already grouped by customer: the log is the chunks laid end to end.</summary>
    private static void Concatenate(ChunkedColumns input, long[] ticks, ushort[] activity, ushort[] channel, int[]? propertySet)
    {
        Parallel.For(0, input.Ticks.Count, chunk =>
        {
            var at = chunk << ChunkedColumns.ChunkShift;
            var count = Math.Min(ChunkedColumns.ChunkSize, input.Count - at);
            input.Ticks[chunk].AsSpan(0, count).CopyTo(ticks.AsSpan(at));
            input.Activity[chunk].AsSpan(0, count).CopyTo(activity.AsSpan(at));
            input.Channel[chunk].AsSpan(0, count).CopyTo(channel.AsSpan(at));
            if (propertySet is not null && input.PropertySet[chunk] is { } sets)
            {
                sets.AsSpan(0, count).CopyTo(propertySet.AsSpan(at));
            }
        });
    }

    private static void ReleaseChunks(ChunkedColumns input)
    {
        input.Customer.Clear();
        input.Ticks.Clear();
        input.Activity.Clear();
        input.Channel.Clear();
        input.PropertySet.Clear();
    }

    private static void SortCustomersByTime(int[] start, long[] ticks, ushort[] activity, ushort[] channel, int[]? propertySet)
    {
        // Customers are independent: ranges of them are checked (and sorted if needed) on all cores.
        var customers = start.Length - 1;
        var parts = Math.Max(1, Math.Min(Environment.ProcessorCount * 4, customers / 4096));
        Parallel.For(0, parts, part =>
        {
            var scratch = new TimeOrderScratch();
            var last = (int)((long)customers * (part + 1) / parts);
            for (var c = (int)((long)customers * part / parts); c < last; c++)
            {
                var from = start[c];
                var to = start[c + 1];
                if (!IsSorted(ticks.AsSpan(from, to - from)))
                {
                    scratch.SortRange(from, to, ticks, activity, channel, propertySet);
                }
            }
        });
    }

    private static bool IsSorted(ReadOnlySpan<long> ticks)
    {
        for (var i = 1; i < ticks.Length; i++)
        {
            if (ticks[i] < ticks[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}
