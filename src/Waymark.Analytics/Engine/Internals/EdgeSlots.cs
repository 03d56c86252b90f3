namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Maps (from, to) activity pairs to dense slots: a direct table when the activity count is small, a dictionary
/// otherwise. Slot figures live in parallel arrays so the per-event work is an index and a few adds.
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

    public long[] Events { get; private set; } = new long[64];

    public long[] Customers { get; private set; } = new long[64];

    public int[] LastCustomer { get; private set; } = new int[64];

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
            Events = Grow(Events, size);
            Customers = Grow(Customers, size);
            LastCustomer = Grow(LastCustomer, size);
            Durations = Grow(Durations, size);
        }

        Keys[Count] = key;
        LastCustomer[Count] = -1;
        return Count++;
    }

    private static T[] Grow<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
