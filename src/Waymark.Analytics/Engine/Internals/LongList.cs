namespace Waymark.Analytics.Engine.Internals;

/// <summary>A growable array of longs (durations) without List's per-item bounds and version checks.</summary>
internal sealed class LongList
{
    private long[] _items = new long[16];

    public int Count { get; private set; }

    public Span<long> Span => _items.AsSpan(0, Count);

    public void Add(long value)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = value;
    }

    public void AddRange(LongList other)
    {
        if (Count + other.Count > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(_items.Length * 2, Count + other.Count));
        }

        other.Span.CopyTo(_items.AsSpan(Count));
        Count += other.Count;
    }
}
