using System.Runtime.InteropServices;

namespace Waymark.Analytics.Events.Internals;

/// <summary>
/// Interns int sequences (variants, property sets) into one arena with an open-addressing hash table, so a
/// known sequence is found from a span without allocating.
/// </summary>
internal sealed class SequenceInterner
{
    private int[] _arena = new int[1024];
    private int _arenaUsed;
    private readonly List<int> _offsets = [0];
    private readonly List<int> _hashes = [];
    private int[] _slots = CreateSlots(1024);

    public int Count => _hashes.Count;

    /// <summary>An independent copy (for a log that must not see what a later one adds).</summary>
    public SequenceInterner Clone()
    {
        var copy = new SequenceInterner { _arena = (int[])_arena.Clone(), _arenaUsed = _arenaUsed, _slots = (int[])_slots.Clone() };
        copy._offsets.Clear();
        copy._offsets.AddRange(_offsets);
        copy._hashes.AddRange(_hashes);
        return copy;
    }

    /// <summary>Every sequence end to end, for a snapshot.</summary>
    public ReadOnlySpan<int> Arena => _arena.AsSpan(0, _arenaUsed);

    /// <summary>Where each sequence starts in <see cref="Arena"/>, and where the last ends (Count + 1 entries).</summary>
    public ReadOnlySpan<int> Offsets => CollectionsMarshal.AsSpan(_offsets);

    /// <summary>The sequences a snapshot holds; their hashes are made again (HashCode differs per process).</summary>
    public static SequenceInterner FromArena(int[] arena, int[] offsets)
    {
        var count = offsets.Length - 1;
        if (count < 0 || offsets[0] != 0 || offsets[count] != arena.Length)
        {
            throw new InvalidDataException("A sequence table's offsets do not cover its values.");
        }

        var interner = new SequenceInterner { _arena = arena, _arenaUsed = arena.Length };
        interner._offsets.Clear();
        interner._offsets.AddRange(offsets);
        interner._hashes.Capacity = count;
        NameTable.CheckAscending(offsets);
        for (var id = 0; id < count; id++)
        {
            interner._hashes.Add(Hash(interner.Get(id)));
        }

        interner.Rehash((int)Math.Max(1024, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)count * 2)));
        return interner;
    }

    public ReadOnlySpan<int> Get(int id) => _arena.AsSpan(_offsets[id], _offsets[id + 1] - _offsets[id]);

    /// <summary>The id of a sequence, adding it when new.</summary>
    public int Intern(ReadOnlySpan<int> sequence) => Find(sequence, add: true);

    /// <summary>The id of a sequence, or -1.</summary>
    public int IdOf(ReadOnlySpan<int> sequence) => Find(sequence, add: false);

    private int Find(ReadOnlySpan<int> sequence, bool add)
    {
        var hash = Hash(sequence);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            var id = _slots[slot];
            if (id < 0)
            {
                return add ? Add(sequence, hash, slot) : -1;
            }

            if (_hashes[id] == hash && Get(id).SequenceEqual(sequence))
            {
                return id;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Add(ReadOnlySpan<int> sequence, int hash, int slot)
    {
        if (_arenaUsed + sequence.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + sequence.Length));
        }

        sequence.CopyTo(_arena.AsSpan(_arenaUsed));
        _arenaUsed += sequence.Length;
        _offsets.Add(_arenaUsed);
        var id = _hashes.Count;
        _hashes.Add(hash);
        _slots[slot] = id;
        if (_hashes.Count * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }

        return id;
    }

    private void Rehash(int size)
    {
        _slots = CreateSlots(size);
        var mask = _slots.Length - 1;
        var hashes = CollectionsMarshal.AsSpan(_hashes);
        for (var id = 0; id < hashes.Length; id++)
        {
            var slot = hashes[id] & mask;
            while (_slots[slot] >= 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = id;
        }
    }

    private static int[] CreateSlots(int size)
    {
        var slots = new int[size];
        Array.Fill(slots, -1);
        return slots;
    }

    private static int Hash(ReadOnlySpan<int> sequence)
    {
        var hash = new HashCode();
        hash.AddBytes(MemoryMarshal.AsBytes(sequence));
        return hash.ToHashCode() & int.MaxValue;
    }
}
