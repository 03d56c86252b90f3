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
        var start = CountPerCustomer(input, customerCount);
        var ticks = new long[input.Count];
        var activity = new ushort[input.Count];
        var channel = new ushort[input.Count];
        var propertySet = input.AnyProperties ? new int[input.Count] : null;
        Scatter(input, start, ticks, activity, channel, propertySet);
        ReleaseChunks(input);
        SortCustomersByTime(start, ticks, activity, channel, propertySet);
        return new EventLog(start, ticks, activity, channel, propertySet, dictionaries, hasTimestamps);
    }

    private static int[] CountPerCustomer(ChunkedColumns input, int customerCount)
    {
        var start = new int[customerCount + 1];
        for (var i = 0; i < input.Count; i++)
        {
            start[input.Customer[i >> ChunkedColumns.ChunkShift][i & (ChunkedColumns.ChunkSize - 1)] + 1]++;
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
        var scratch = new TimeOrderScratch();
        for (var c = 0; c + 1 < start.Length; c++)
        {
            var from = start[c];
            var to = start[c + 1];
            if (!IsSorted(ticks.AsSpan(from, to - from)))
            {
                scratch.SortRange(from, to, ticks, activity, channel, propertySet);
            }
        }
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
