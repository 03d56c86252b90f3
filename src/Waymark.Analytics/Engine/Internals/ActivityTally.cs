namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Per-thread counts per activity: events and distinct customers, and (when asked) the customers who did it more than
/// once and each customer's time from their first event to its first occurrence. The flow graph's nodes and the
/// activity statistics are the same counts, so the process map takes both from the flow pass instead of a pass of
/// their own.
/// </summary>
internal sealed class ActivityTally
{
    private readonly int[] _stamp;
    private readonly int[]? _seen;

    public ActivityTally(int activities, bool withFirstTimes)
    {
        _stamp = new int[activities];
        Array.Fill(_stamp, -1);
        Events = new long[activities];
        Customers = new long[activities];
        if (withFirstTimes)
        {
            _seen = new int[activities];
            Repeaters = new long[activities];
            TimeToFirst = [.. Enumerable.Range(0, activities).Select(_ => new LongList())];
        }
    }

    public long[] Events { get; }

    public long[] Customers { get; }

    /// <summary>Customers with two or more events of the activity; null unless asked for.</summary>
    public long[]? Repeaters { get; }

    /// <summary>Per activity, each customer's time from their first event to its first occurrence; null unless asked for.</summary>
    public LongList[]? TimeToFirst { get; }

    public void Count(ReadOnlySpan<ushort> acts, ReadOnlySpan<long> ticks, int customer)
    {
        if (_seen is null)
        {
            foreach (var a in acts)
            {
                Events[a]++;
                if (_stamp[a] != customer)
                {
                    _stamp[a] = customer;
                    Customers[a]++;
                }
            }

            return;
        }

        var first = ticks[0];
        for (var i = 0; i < acts.Length; i++)
        {
            var a = acts[i];
            Events[a]++;
            if (_stamp[a] != customer)
            {
                _stamp[a] = customer;
                _seen[a] = 1;
                Customers[a]++;
                TimeToFirst![a].Add(ticks[i] - first);
            }
            else if (_seen[a]++ == 1)
            {
                Repeaters![a]++;
            }
        }
    }

    public void Merge(ActivityTally other)
    {
        for (var a = 0; a < Events.Length; a++)
        {
            Events[a] += other.Events[a];
            Customers[a] += other.Customers[a];
            if (Repeaters is not null && other.Repeaters is not null)
            {
                Repeaters[a] += other.Repeaters[a];
                TimeToFirst![a].MoveFrom(other.TimeToFirst![a]);
            }
        }
    }
}
