namespace Waymark.Analytics.Feedback.Search.Internals;

/// <summary>A growable int array without List's bounds checks per add or its boxing enumerator (millions of words).</summary>
internal sealed class IntList(int capacity)
{
    private int[] _items = new int[capacity];

    public int Count { get; private set; }

    /// <summary>The backing array; only the first <see cref="Count"/> are items.</summary>
    public int[] Items => _items;

    public void Add(int value)
    {
        if (Count == _items.Length)
            Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = value;
    }

    public int[] ToArray() => _items.AsSpan(0, Count).ToArray();
}
