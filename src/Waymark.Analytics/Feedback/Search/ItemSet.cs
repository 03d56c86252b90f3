using System.Numerics;

namespace Waymark.Analytics.Feedback.Search;

/// <summary>A set of feedback items by their index in a snapshot, one bit each (500,000 items take 61 KB).</summary>
public sealed class ItemSet
{
    private readonly ulong[] _bits;

    public ItemSet(int capacity, bool full = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        _bits = new ulong[(capacity + 63) / 64];
        if (full)
        {
            Array.Fill(_bits, ulong.MaxValue);
            TrimTail();
        }
    }

    /// <summary>How many items the set may hold (indexes 0 .. capacity - 1).</summary>
    public int Capacity { get; }

    public bool Contains(int item) => (uint)item < (uint)Capacity && (_bits[item >> 6] & (1UL << (item & 63))) != 0;

    public void Add(int item)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)item, (uint)Capacity, nameof(item));
        _bits[item >> 6] |= 1UL << (item & 63);
    }

    /// <summary>Keeps only the items that are also in <paramref name="other"/>.</summary>
    public void IntersectWith(ItemSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var bits = other._bits;
        for (var i = 0; i < _bits.Length; i++)
            _bits[i] &= i < bits.Length ? bits[i] : 0;
    }

    /// <summary>How many items the set holds.</summary>
    public int Count()
    {
        var n = 0;
        foreach (var word in _bits)
            n += BitOperations.PopCount(word);
        return n;
    }

    /// <summary>How many items are in both sets, without making their intersection.</summary>
    public int CountShared(ItemSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var n = 0;
        var length = Math.Min(_bits.Length, other._bits.Length);
        for (var i = 0; i < length; i++)
            n += BitOperations.PopCount(_bits[i] & other._bits[i]);
        return n;
    }

    /// <summary>The items in ascending order.</summary>
    public IEnumerable<int> Items()
    {
        for (var w = 0; w < _bits.Length; w++)
        {
            var word = _bits[w];
            while (word != 0)
            {
                yield return (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
    }

    private void TrimTail()
    {
        var extra = (_bits.Length * 64) - Capacity;
        if (extra > 0)
            _bits[^1] >>= extra;
    }
}
