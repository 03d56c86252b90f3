namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// A growable list of longs (durations) in pooled blocks. Growing rents one more block instead of copying the list
/// into a bigger array, and <see cref="MoveFrom"/> hands another list's blocks over without copying: at 1M customers
/// the flow graph's waits (11M) were copied about three times by doubling and merging before they were read once.
/// Blocks start small (a list per edge or step must stay cheap when it holds a few values), grow with the list, and
/// stop at 8,192 values (64 KB, under the large object heap), so a repeated analysis reuses the pool's buffers.
/// </summary>
internal sealed class LongList
{
    private const int FirstBlock = 16;
    internal const int MaxBlock = 8192;
    private readonly List<(long[] Items, int Count)> _full = [];
    private long[] _current = [];
    private int _used;

    public int Count { get; private set; }

    /// <summary>How many blocks hold the values; <see cref="Segment"/> gives each, in the order they were added.</summary>
    public int SegmentCount => _full.Count + (_used > 0 ? 1 : 0);

    public Span<long> Segment(int index) => index < _full.Count
        ? _full[index].Items.AsSpan(0, _full[index].Count)
        : _current.AsSpan(0, _used);

    public void Add(long value)
    {
        if (_used == _current.Length)
        {
            NextBlock();
        }

        _current[_used++] = value;
        Count++;
    }

    /// <summary>Appends a copy of <paramref name="other"/>'s values; <paramref name="other"/> is unchanged.</summary>
    public void AddRange(LongList other)
    {
        for (var s = 0; s < other.SegmentCount; s++)
        {
            var from = other.Segment(s);
            while (!from.IsEmpty)
            {
                if (_used == _current.Length)
                {
                    NextBlock();
                }

                var n = Math.Min(from.Length, _current.Length - _used);
                from[..n].CopyTo(_current.AsSpan(_used));
                (_used, Count) = (_used + n, Count + n);
                from = from[n..];
            }
        }
    }

    /// <summary>Takes <paramref name="other"/>'s values (its blocks, no copy); <paramref name="other"/> is empty afterwards.</summary>
    public void MoveFrom(LongList other)
    {
        if (other.Count == 0)
        {
            return;
        }

        Seal();
        _full.AddRange(other._full);
        if (other._used > 0)
        {
            _full.Add((other._current, other._used));
        }
        else if (other._current.Length > 0)
        {
            BlockPool.Return(other._current);
        }

        Count += other.Count;
        other._full.Clear();
        (other._current, other._used, other.Count) = ([], 0, 0);
    }

    /// <summary>Takes a block whose first <paramref name="count"/> values another writer filled (one rented from
    /// <see cref="BlockPool"/>); an empty block goes back to the pool. Later adds start a new block.</summary>
    public void AddBlock(long[] block, int count)
    {
        Seal();
        if (count > 0)
        {
            _full.Add((block, count));
            Count += count;
        }
        else if (block.Length > 0)
        {
            BlockPool.Return(block);
        }
    }

    /// <summary>The size of the block that follows <paramref name="count"/> values: small for short lists, growing
    /// with the list up to <see cref="MaxBlock"/>.</summary>
    public static int NextBlockSize(int count) => Math.Clamp(count, FirstBlock, MaxBlock);

    /// <summary>The values in one array (for short lists; the caller owns the array).</summary>
    public long[] ToArray()
    {
        var all = new long[Count];
        var at = 0;
        for (var s = 0; s < SegmentCount; s++)
        {
            Segment(s).CopyTo(all.AsSpan(at));
            at += Segment(s).Length;
        }

        return all;
    }

    /// <summary>Gives the blocks back to the pool; the list is empty afterwards.</summary>
    public void Release()
    {
        foreach (var (items, _) in _full)
        {
            BlockPool.Return(items);
        }

        if (_current.Length > 0)
        {
            BlockPool.Return(_current);
        }

        _full.Clear();
        (_current, _used, Count) = ([], 0, 0);
    }

    /// <summary>Moves the current block, if it holds values, to the full ones; a later add starts a new block.</summary>
    private void Seal()
    {
        if (_used > 0)
        {
            _full.Add((_current, _used));
        }
        else if (_current.Length > 0)
        {
            BlockPool.Return(_current);
        }

        (_current, _used) = ([], 0);
    }

    private void NextBlock()
    {
        Seal();
        _current = BlockPool.Rent(NextBlockSize(Count));
    }
}
