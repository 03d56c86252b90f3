namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Maps (from, to) activity pairs to dense slots: a direct table when the activity count is small, a dictionary
/// otherwise. A slot's figures are one <see cref="EdgeTally"/>, so the per-event work is an index, a few adds and a
/// store into the edge's current block of durations, all in one place (not four arrays and a list behind a reference).
/// </summary>
internal sealed class EdgeSlots
{
    private const int DirectLimit = 1024;
    private readonly int _activities;
    private readonly int[]? _direct;
    private readonly Dictionary<int, int>? _lookup;

    public EdgeSlots(int activities)
    {
        _activities = Math.Max(1, activities);
        if (_activities <= DirectLimit)
        {
            _direct = new int[_activities * _activities];
            Array.Fill(_direct, -1);
        }
        else
        {
            _lookup = [];
        }
    }

    public int Count { get; private set; }

    public int[] Keys { get; private set; } = new int[64];

    /// <summary>Per slot: its counts and current block; <see cref="SlotOf"/> may replace the array, so read it after.</summary>
    public EdgeTally[] Tallies { get; private set; } = new EdgeTally[64];

    /// <summary>Per slot: the full blocks of its durations (all of them after <see cref="Flush"/>); null before its first.</summary>
    public LongList?[] Durations { get; private set; } = new LongList?[64];

    public int From(int slot) => Keys[slot] / _activities;

    public int To(int slot) => Keys[slot] % _activities;

    public int SlotOf(int from, int to)
    {
        var key = (from * _activities) + to;
        if (_direct is not null)
        {
            var slot = _direct[key];
            return slot >= 0 ? slot : _direct[key] = Add(key);
        }

        if (!_lookup!.TryGetValue(key, out var found))
        {
            found = Add(key);
            _lookup[key] = found;
        }

        return found;
    }

    private int Add(int key)
    {
        if (Count == Keys.Length)
        {
            var size = Count * 2;
            Keys = Grow(Keys, size);
            Tallies = Grow(Tallies, size);
            Durations = Grow(Durations, size);
        }

        Keys[Count] = key;
        Tallies[Count] = new EdgeTally { LastCustomer = -1, Block = [] };
        return Count++;
    }

    /// <summary>Moves the slot's full (or empty) block to its list and gives it a new one, sized as the list grows.</summary>
    public void NextBlock(int slot)
    {
        ref var tally = ref Tallies[slot];
        var list = Durations[slot] ??= new LongList();
        list.AddBlock(tally.Block, tally.Used);
        (tally.Block, tally.Used) = (BlockPool.Rent(LongList.NextBlockSize(list.Count)), 0);
    }

    /// <summary>Moves every slot's current block to its list: afterwards <see cref="Durations"/> hold all durations.</summary>
    public void Flush()
    {
        for (var s = 0; s < Count; s++)
        {
            ref var tally = ref Tallies[s];
            if (tally.Block.Length > 0)
            {
                (Durations[s] ??= new LongList()).AddBlock(tally.Block, tally.Used);
                (tally.Block, tally.Used) = ([], 0);
            }
        }
    }

    private static T[] Grow<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
