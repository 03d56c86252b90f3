namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Per-thread counts per activity: events and distinct customers, and (when asked) the customers who did it more than
/// once and each customer's time from their first event to its first occurrence. The flow graph's nodes and the
/// activity statistics are the same counts, so the process map takes both from the flow pass instead of a pass of
/// their own. What an event checks and writes of its activity (last customer, times seen, the current block of first
/// times) sits in one <see cref="Mark"/>, so it touches one place instead of a list behind a reference.
/// </summary>
internal sealed class ActivityTally
{
    private readonly Mark[] _marks;
    private readonly LongList[]? _timeToFirst;

    public ActivityTally(int activities, bool withFirstTimes)
    {
        _marks = new Mark[activities];
        Array.Fill(_marks, new Mark { Stamp = -1, Block = [] });
        Events = new long[activities];
        Customers = new long[activities];
        if (withFirstTimes)
        {
            Repeaters = new long[activities];
            _timeToFirst = [.. Enumerable.Range(0, activities).Select(_ => new LongList())];
        }
    }

    public long[] Events { get; }

    public long[] Customers { get; }

    /// <summary>Customers with two or more events of the activity; null unless asked for.</summary>
    public long[]? Repeaters { get; }

    public void Count(ReadOnlySpan<ushort> acts, ReadOnlySpan<long> ticks, int customer)
    {
        // Whether an event is its activity's first for the customer follows no pattern (about half are, where a
        // customer's journeys repeat activities), so the counts are kept without a branch on it: a mispredicted jump
        // per event cost more than the adds of 0 or 1.
        if (_timeToFirst is null)
        {
            foreach (var a in acts)
            {
                ref var mark = ref _marks[a];
                Events[a]++;
                Customers[a] += mark.Stamp != customer ? 1 : 0;
                mark.Stamp = customer;
            }

            return;
        }

        var first = ticks[0];
        var repeaters = Repeaters!;
        for (var i = 0; i < acts.Length; i++)
        {
            var a = acts[i];
            Events[a]++;
            ref var mark = ref _marks[a];
            var isFirst = mark.Stamp != customer ? 1 : 0;
            Customers[a] += isFirst;
            // The second event of the activity makes the customer a repeater (Seen counts up from 1 at the first).
            repeaters[a] += (mark.Seen == 1 ? 1 : 0) & (isFirst ^ 1);
            mark.Seen = ((mark.Seen + 1) * (isFirst ^ 1)) + isFirst;
            mark.Stamp = customer;
            if (mark.Used == mark.Block.Length)
            {
                NextBlock(a);
            }

            // The time is written at the next free place either way, which moves on only for a first occurrence.
            mark.Block[mark.Used] = ticks[i] - first;
            mark.Used += isFirst;
        }
    }

    /// <summary>Per activity, each customer's time from their first event to its first occurrence (the blocks being
    /// filled move to the lists first); null unless asked for.</summary>
    public LongList[]? TimeToFirst()
    {
        if (_timeToFirst is not null)
        {
            for (var a = 0; a < _marks.Length; a++)
            {
                ref var mark = ref _marks[a];
                if (mark.Block.Length > 0)
                {
                    _timeToFirst[a].AddBlock(mark.Block, mark.Used);
                    (mark.Block, mark.Used) = ([], 0);
                }
            }
        }

        return _timeToFirst;
    }

    public void Merge(ActivityTally other)
    {
        var theirs = other.TimeToFirst();
        for (var a = 0; a < Events.Length; a++)
        {
            Events[a] += other.Events[a];
            Customers[a] += other.Customers[a];
            if (Repeaters is not null && other.Repeaters is not null)
            {
                Repeaters[a] += other.Repeaters[a];
                _timeToFirst![a].MoveFrom(theirs![a]);
            }
        }
    }

    private void NextBlock(int activity)
    {
        ref var mark = ref _marks[activity];
        var list = _timeToFirst![activity];
        list.AddBlock(mark.Block, mark.Used);
        (mark.Block, mark.Used) = (BlockPool.Rent(LongList.NextBlockSize(list.Count)), 0);
    }

    /// <summary>An activity's state within the pass: the last customer counted, how often that customer did it so
    /// far, and the block its first times go to.</summary>
    private struct Mark
    {
        public int Stamp;
        public int Seen;
        public int Used;
        public long[] Block;
    }
}
