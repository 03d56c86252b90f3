using System.Numerics;

namespace Waymark.Analytics.Events;

/// <summary>
/// A dictionary that encodes names (customer ids, activities, channels, keys, values) to dense ints. Names live in
/// one char arena with an open-addressing hash table over it: a million customer ids cost no million string
/// objects for the garbage collector to move, and a known name is found from a span without allocating.
/// Strings of the first <see cref="CachedStrings"/> ids are made on first request and kept (activities, channels,
/// keys: asked in every answer); a later id's string is made on each request, so asking for every customer's id once
/// (a segment's members) does not keep millions of strings and a pointer per customer for the log's lifetime.
/// </summary>
public sealed class NameTable
{
    /// <summary>Ids below this keep their string once made (see the class summary).</summary>
    internal const int CachedStrings = 65_536;

    private char[] _chars = new char[256];
    private int[] _starts = new int[17];
    private int[] _hashes = new int[16];
    private string?[]? _strings; // made on the first request of a string
    private int[] _slots = CreateSlots(32);

    /// <summary>An independent copy: names added to it later are not seen by this table (copy on write for logs).</summary>
    public NameTable Clone() => new()
    {
        _chars = (char[])_chars.Clone(),
        _starts = (int[])_starts.Clone(),
        _hashes = (int[])_hashes.Clone(),
        _slots = (int[])_slots.Clone(),
        Count = Count,
    };

    /// <summary>
    /// A table of the names a snapshot holds: <paramref name="chars"/> end to end, name i from starts[i] to
    /// starts[i + 1]. The hashes and slots are made again: string hashes differ from one process to the next.
    /// </summary>
    internal static NameTable FromArena(char[] chars, int[] starts)
    {
        var count = starts.Length - 1;
        if (count < 0 || starts[0] != 0 || starts[count] != chars.Length)
        {
            throw new InvalidDataException("A name table's offsets do not cover its characters.");
        }

        var table = new NameTable
        {
            _chars = chars,
            _starts = starts,
            _hashes = new int[count + 1], // sized for these names: a log's table grows only in a copy (Clone)
            Count = count,
        };
        CheckAscending(starts);
        for (var id = 0; id < count; id++)
        {
            table._hashes[id] = string.GetHashCode(table.SpanOf(id));
        }

        table.Rehash((int)Math.Max(32, BitOperations.RoundUpToPowerOf2((uint)count * 2)));
        return table;
    }

    /// <summary>Offsets of a snapshot's arena must never go back (with the first 0 and the last the arena's end, each entry lies inside it).</summary>
    internal static void CheckAscending(ReadOnlySpan<int> starts)
    {
        for (var i = 1; i < starts.Length; i++)
        {
            if (starts[i - 1] > starts[i])
            {
                throw new InvalidDataException("A snapshot's offsets go backwards.");
            }
        }
    }

    /// <summary>Every name's characters end to end, for a snapshot.</summary>
    internal ReadOnlySpan<char> Arena => _chars.AsSpan(0, _starts[Count]);

    /// <summary>Where each name starts in <see cref="Arena"/>, and where the last ends (Count + 1 entries).</summary>
    internal ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count + 1);

    /// <summary>Names the arrays have room for without growing (for tests of exact sizing).</summary>
    internal int Capacity => Math.Min(_hashes.Length, _starts.Length - 1);

    /// <summary>Characters the arena has room for.</summary>
    internal int CharCapacity => _chars.Length;

    /// <summary>How many distinct names are stored.</summary>
    public int Count { get; private set; }

    /// <summary>The name behind an id.</summary>
    public string this[int id]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)id, (uint)Count, nameof(id));
            if (id >= CachedStrings)
            {
                return new string(SpanOf(id));
            }

            // Readers may race here: one may lose another's cached string, never get a wrong one.
            var strings = _strings;
            if (strings is null || id >= strings.Length)
            {
                _strings = strings = GrowStrings(strings, id);
            }

            return strings[id] ??= new string(SpanOf(id));
        }
    }

    /// <summary>
    /// Gives the arrays their exact size once no more names are expected (a log is built): a table grown by doubling
    /// holds up to twice its names' room. A name added later grows it again (by doubling, as before).
    /// </summary>
    internal void TrimExcess()
    {
        var used = _starts[Count];
        if (_chars.Length != used)
        {
            Array.Resize(ref _chars, used);
        }

        if (_hashes.Length != Count + 1)
        {
            Array.Resize(ref _hashes, Count + 1);
            Array.Resize(ref _starts, Count + 2);
        }
    }

    /// <summary>All names in id order.</summary>
    public IReadOnlyList<string> Names => [.. Enumerable.Range(0, Count).Select(id => this[id])];

    /// <summary>The id of a name, or -1 when it is not known.</summary>
    public int IdOf(ReadOnlySpan<char> name)
    {
        var slots = _slots; // one snapshot: a writer may publish a rehashed table meanwhile (logs are read while appended to)
        return slots[Find(slots, name, string.GetHashCode(name))];
    }

    /// <summary>The id of a name, adding it when new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> name) => GetOrAdd(name, string.GetHashCode(name));

    /// <summary>GetOrAdd with the name's hash (string.GetHashCode of the span) computed elsewhere, e.g. on a worker.</summary>
    internal int GetOrAdd(ReadOnlySpan<char> name, int hash)
    {
        var slots = _slots;
        var slot = Find(slots, name, hash);
        return slots[slot] >= 0 ? slots[slot] : Add(name, hash, slot);
    }

    /// <summary>Reads the table entries a lookup of this hash will read, to bring them into the cache.</summary>
    internal int Touch(int hash)
    {
        var id = _slots[hash & (_slots.Length - 1)];
        return id < 0 ? id : _hashes[id];
    }

    /// <summary>The characters of a name, without making a string.</summary>
    internal ReadOnlySpan<char> SpanOf(int id) => _chars.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);

    /// <summary>The slot holding the name, or the empty slot where it would go.</summary>
    private int Find(int[] slots, ReadOnlySpan<char> name, int hash)
    {
        var mask = slots.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            var id = slots[slot];
            if (id < 0 || (_hashes[id] == hash && SpanOf(id).SequenceEqual(name)))
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Add(ReadOnlySpan<char> name, int hash, int slot)
    {
        var id = Count;
        EnsureRoom(name.Length);
        name.CopyTo(_chars.AsSpan(_starts[id]));
        _starts[id + 1] = _starts[id] + name.Length;
        _hashes[id] = hash;
        _slots[slot] = id;
        Count++;
        if (Count * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }

        return id;
    }

    private void EnsureRoom(int chars)
    {
        if (Count + 1 >= _hashes.Length)
        {
            var size = Math.Max(16, _hashes.Length * 2);
            Array.Resize(ref _hashes, size);
            Array.Resize(ref _starts, size + 1);
        }

        var needed = _starts[Count] + chars;
        if (needed > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
        }
    }

    private void Rehash(int size)
    {
        // Filled before it is published, so a reader never sees a half-built table.
        var slots = CreateSlots(size);
        var mask = slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = _hashes[id] & mask;
            while (slots[slot] >= 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = id;
        }

        _slots = slots;
    }

    private static string?[] GrowStrings(string?[]? strings, int id)
    {
        var size = (int)Math.Min(CachedStrings, Math.Max(16, BitOperations.RoundUpToPowerOf2((uint)id + 1)));
        var grown = new string?[size];
        strings?.CopyTo(grown, 0);
        return grown;
    }

    private static int[] CreateSlots(int size)
    {
        var slots = new int[size];
        Array.Fill(slots, -1);
        return slots;
    }
}
