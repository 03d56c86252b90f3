using System.Buffers;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// A growable array of longs (durations) on pooled buffers: a repeated analysis reuses the buffers of the last one
/// instead of allocating large arrays that would trigger full garbage collections over the log's dictionaries.
/// </summary>
internal sealed class LongList
{
    private long[] _items = [];

    public int Count { get; private set; }

    public Span<long> Span => _items.AsSpan(0, Count);

    public void Add(long value)
    {
        if (Count == _items.Length)
        {
            Grow(Count + 1);
        }

        _items[Count++] = value;
    }

    public void AddRange(LongList other)
    {
        if (Count + other.Count > _items.Length)
        {
            Grow(Count + other.Count);
        }

        other.Span.CopyTo(_items.AsSpan(Count));
        Count += other.Count;
    }

    /// <summary>Gives the buffer back to the pool; the list is empty afterwards.</summary>
    public void Release()
    {
        if (_items.Length > 0)
        {
            ArrayPool<long>.Shared.Return(_items);
        }

        _items = [];
        Count = 0;
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<long>.Shared.Rent(Math.Max(16, Math.Max(needed, _items.Length * 2)));
        Span.CopyTo(bigger);
        if (_items.Length > 0)
        {
            ArrayPool<long>.Shared.Return(_items);
        }

        _items = bigger;
    }
}
