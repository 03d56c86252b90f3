using System.Numerics;
using System.Runtime.InteropServices;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Counts activity sequences (variants) as the log stores them (ushort activity ids), each interned once in an
/// arena. Built for logs where most customers' journeys are their own: a lookup touches one slot (hash and id packed
/// in a long, so a miss costs no second read) and, on a hash match, the arena.
/// </summary>
internal sealed class VariantTable
{
    private const long Empty = -1;
    private ushort[] _arena = new ushort[4096];
    private int _arenaUsed;
    private int[] _offsets = new int[1025];
    private long[] _counts = new long[1024];
    private long[] _slots = CreateSlots(2048);

    public int Count { get; private set; }

    public ReadOnlySpan<ushort> Get(int id) => _arena.AsSpan(_offsets[id], _offsets[id + 1] - _offsets[id]);

    public long CountOf(int id) => _counts[id];

    /// <summary>Adds <paramref name="count"/> customers to the sequence's variant, creating it when new; its id.</summary>
    public int Add(ReadOnlySpan<ushort> sequence, long count)
    {
        var hash = Hash(sequence);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == Empty)
            {
                var id = Insert(sequence, hash, slot);
                _counts[id] += count;
                return id;
            }

            if ((int)(entry >> 32) == hash)
            {
                var id = (int)entry;
                if (Get(id).SequenceEqual(sequence))
                {
                    _counts[id] += count;
                    return id;
                }
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Insert(ReadOnlySpan<ushort> sequence, int hash, int slot)
    {
        if (_arenaUsed + sequence.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + sequence.Length));
        }

        var id = Count++;
        if (Count > _counts.Length)
        {
            Array.Resize(ref _counts, _counts.Length * 2);
            Array.Resize(ref _offsets, _counts.Length + 1);
        }

        sequence.CopyTo(_arena.AsSpan(_arenaUsed));
        _arenaUsed += sequence.Length;
        _offsets[id + 1] = _arenaUsed;
        _slots[slot] = ((long)hash << 32) | (uint)id;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        var old = _slots;
        _slots = CreateSlots(old.Length * 2);
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry == Empty)
            {
                continue;
            }

            var slot = (int)(entry >> 32) & mask;
            while (_slots[slot] != Empty)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = entry;
        }
    }

    private static long[] CreateSlots(int size)
    {
        var slots = new long[size];
        Array.Fill(slots, Empty);
        return slots;
    }

    /// <summary>A multiply-rotate hash over four activity ids at a time; non-negative.</summary>
    private static int Hash(ReadOnlySpan<ushort> sequence)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)sequence.Length;
        var words = MemoryMarshal.Cast<ushort, ulong>(sequence);
        foreach (var w in words)
        {
            h = BitOperations.RotateLeft((h ^ w) * 0xFF51AFD7ED558CCDUL, 29);
        }

        for (var i = words.Length * 4; i < sequence.Length; i++)
        {
            h = BitOperations.RotateLeft((h ^ sequence[i]) * 0xC4CEB9FE1A85EC53UL, 23);
        }

        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 29;
        return (int)(h & int.MaxValue);
    }
}
