namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// One block's distinct names of a low-cardinality field (activity or channel), numbered in order of first
/// appearance among its accepted rows. The consumer then interns each once per block in that order, which numbers
/// them globally as a sequential read would. A small direct-mapped cache keyed by a cheap hash finds a repeated
/// name with one comparison; a miss goes to an open-addressing table keyed by the string hash.
/// </summary>
internal sealed class LocalNames
{
    private const int CacheSize = 256;
    private readonly int[] _cache = new int[CacheSize];
    private int[] _slots = new int[64];
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private int[] _hashes = new int[32];

    public int Count { get; private set; }

    public void Reset()
    {
        if (Count > 0)
        {
            Array.Clear(_cache);
            Array.Clear(_slots);
            Count = 0;
        }
    }

    /// <summary>The characters of local name <paramref name="id"/> in the block's chars.</summary>
    public ReadOnlySpan<char> Name(char[] chars, int id) => chars.AsSpan(_starts[id], _lengths[id]);

    /// <summary>The local id of the name at chars[start..start+length], added when new.</summary>
    public int IdOf(char[] chars, int start, int length)
    {
        var name = chars.AsSpan(start, length);
        var cacheSlot = CheapHash(name) & (CacheSize - 1);
        var cached = _cache[cacheSlot] - 1;
        if (cached >= 0 && name.SequenceEqual(Name(chars, cached)))
        {
            return cached;
        }

        var id = Find(chars, name, start);
        _cache[cacheSlot] = id + 1;
        return id;
    }

    private static int CheapHash(ReadOnlySpan<char> name) =>
        name.IsEmpty ? 0 : (name.Length * 31) + (name[0] * 7) + name[^1] + (name[name.Length >> 1] * 3);

    private int Find(char[] chars, ReadOnlySpan<char> name, int start)
    {
        var hash = string.GetHashCode(name);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var id = _slots[slot] - 1;
            if (_hashes[id] == hash && name.SequenceEqual(Name(chars, id)))
            {
                return id;
            }

            slot = (slot + 1) & mask;
        }

        return Add(start, name.Length, hash, slot);
    }

    private int Add(int start, int length, int hash, int slot)
    {
        var id = Count++;
        if (id == _starts.Length)
        {
            Array.Resize(ref _starts, id * 2);
            Array.Resize(ref _lengths, id * 2);
            Array.Resize(ref _hashes, id * 2);
        }

        (_starts[id], _lengths[id], _hashes[id]) = (start, length, hash);
        _slots[slot] = id + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }

        return id;
    }

    private void Rehash(int size)
    {
        _slots = new int[size];
        for (var id = 0; id < Count; id++)
        {
            var slot = _hashes[id] & (size - 1);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            _slots[slot] = id + 1;
        }
    }
}
