namespace Waymark.Analytics.Events.Internals;

/// <summary>Reusable buffers to stable-sort one customer's events by time (key: ticks, then input position).</summary>
internal sealed class TimeOrderScratch
{
    private (long Ticks, int Position)[] _keys = new (long, int)[64];
    private ushort[] _activity = new ushort[64];
    private ushort[] _channel = new ushort[64];
    private int[] _sets = new int[64];

    public void SortRange(int from, int to, long[] ticks, ushort[] activity, ushort[] channel, int[]? propertySet)
    {
        var length = to - from;
        Ensure(length);
        for (var i = 0; i < length; i++)
        {
            _keys[i] = (ticks[from + i], i);
        }

        // Tuples compare by ticks then position, which makes the unstable sort stable.
        _keys.AsSpan(0, length).Sort();
        activity.AsSpan(from, length).CopyTo(_activity);
        channel.AsSpan(from, length).CopyTo(_channel);
        propertySet?.AsSpan(from, length).CopyTo(_sets);
        for (var i = 0; i < length; i++)
        {
            var (t, position) = _keys[i];
            ticks[from + i] = t;
            activity[from + i] = _activity[position];
            channel[from + i] = _channel[position];
            if (propertySet is not null)
            {
                propertySet[from + i] = _sets[position];
            }
        }
    }

    private void Ensure(int length)
    {
        if (_keys.Length >= length)
        {
            return;
        }

        var size = Math.Max(length, _keys.Length * 2);
        _keys = new (long, int)[size];
        _activity = new ushort[size];
        _channel = new ushort[size];
        _sets = new int[size];
    }
}
