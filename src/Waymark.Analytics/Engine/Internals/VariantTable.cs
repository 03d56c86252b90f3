using System.Buffers;
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
    private ushort[] _arena = TablePool<ushort>.Arrays.Rent(4096);
    private int _arenaUsed;
    private int[] _offsets = Zeroed(TablePool<int>.Arrays.Rent(1025));
    private long[] _counts = Zeroed(TablePool<long>.Arrays.Rent(1024));
    private long[] _slots = CreateSlots(2048);

    public int Count { get; private set; }

    /// <summary>Gives the table's arrays back to the pool (at 1M customers they are large-object-heap sized, and
    /// allocated per request they cost a full collection each); the table must not be used afterwards.</summary>
    public void Release()
    {
        if (_slots.Length == 0)
        {
            return;
        }

        TablePool<ushort>.Arrays.Return(_arena);
        TablePool<int>.Arrays.Return(_offsets);
        TablePool<long>.Arrays.Return(_counts);
        TablePool<long>.Arrays.Return(_slots);
        (_arena, _offsets, _counts, _slots, Count, _arenaUsed) = ([], [], [], [], 0, 0);
    }

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
            _arena = Grow(_arena, Math.Max(_arena.Length * 2, _arenaUsed + sequence.Length), _arenaUsed);
        }

        var id = Count++;
        if (Count > _counts.Length)
        {
            _counts = Zeroed(Grow(_counts, _counts.Length * 2, id), id);
            _offsets = Grow(_offsets, _counts.Length + 1, id + 1);
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
        using var giveBack = new Returned<long>(old);
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

    /// <summary>A pooled array of at least <paramref name="size"/> slots, all empty; its length is a power of two (the mask relies on it).</summary>
    private static long[] CreateSlots(int size)
    {
        var slots = TablePool<long>.Arrays.Rent(size);
        Array.Fill(slots, Empty);
        return slots;
    }

    /// <summary>A pooled array of at least <paramref name="size"/> holding the first <paramref name="used"/> items of
    /// <paramref name="old"/>, which goes back to the pool.</summary>
    private static T[] Grow<T>(T[] old, int size, int used)
    {
        var bigger = TablePool<T>.Arrays.Rent(size);
        old.AsSpan(0, used).CopyTo(bigger);
        TablePool<T>.Arrays.Return(old);
        return bigger;
    }

    private static T[] Zeroed<T>(T[] array, int from = 0)
    {
        array.AsSpan(from).Clear();
        return array;
    }

    private readonly struct Returned<T>(T[] array) : IDisposable
    {
        public void Dispose() => TablePool<T>.Arrays.Return(array);
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
