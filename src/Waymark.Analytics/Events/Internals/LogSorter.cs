namespace Waymark.Analytics.Events.Internals;

/// <summary>
/// Turns input-order columns into the customer-contiguous log. Grouped input is the log already (its columns are
/// taken as they are); otherwise a counting sort by customer (stable, so input order survives) scatters the events.
/// Then a stable sort by time runs inside the customers whose events arrived out of order.
/// </summary>
internal static class LogSorter
{
    public static EventLog Build(InputColumns input, LogDictionaries dictionaries, bool hasTimestamps)
    {
        var customerCount = dictionaries.Customers.Count;
        int[] start;
        long[] ticks;
        ushort[] activity, channel;
        int[]? propertySet;
        if (input.Grouped && input.GroupStarts.Count == customerCount)
        {
            input.TrimExcess();
            start = [.. input.GroupStarts, input.Count];
            (ticks, activity, channel, propertySet) = (input.Ticks, input.Activity, input.Channel, input.PropertySet);
        }
        else
        {
            start = CountPerCustomer(input, customerCount);
            ticks = new long[input.Count];
            activity = new ushort[input.Count];
            channel = new ushort[input.Count];
            propertySet = input.PropertySet is null ? null : new int[input.Count];
            Scatter(input, start, ticks, activity, channel, propertySet);
        }

        SortCustomersByTime(start, ticks, activity, channel, propertySet);
        dictionaries.TrimExcess();
        return new EventLog(start, ticks, activity, channel, propertySet, dictionaries, hasTimestamps);
    }

    private static int[] CountPerCustomer(InputColumns input, int customerCount)
    {
        var start = new int[customerCount + 1];
        foreach (var customer in input.Customer.AsSpan(0, input.Count))
        {
            start[customer + 1]++;
        }

        for (var c = 0; c < customerCount; c++)
        {
            start[c + 1] += start[c];
        }

        return start;
    }

    private static void Scatter(InputColumns input, int[] start, long[] ticks, ushort[] activity, ushort[] channel, int[]? propertySet)
    {
        var next = (int[])start.Clone();
        var customers = input.Customer;
        for (var i = 0; i < input.Count; i++)
        {
            var to = next[customers[i]]++;
            ticks[to] = input.Ticks[i];
            activity[to] = input.Activity[i];
            channel[to] = input.Channel[i];
            if (propertySet is not null)
            {
                propertySet[to] = input.PropertySet![i];
            }
        }
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
