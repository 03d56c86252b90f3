namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// A Bloom filter of a source's stored event ids, held by its writer (ADR 067): an id it does not hold was never
/// stored, so only the ids it may hold (repeats, and false positives) are looked up in event_ids. It grows by layers,
/// each twice the size of the one before, so it never needs the final count up front; an id may be in any layer, so a
/// new id's false positive rate is the sum of the full layers' (ADR 078): 16 bits an id and 11 probes make a full
/// layer's 0.05%, so 0.5% over the 11 layers of 100M ids (at 10 bits and 7 probes it was 0.8% a layer and 7% at 28M
/// ids, and each false positive reads a granule of every part of event_ids: the lookups grew with the table).
/// Built from event_ids when the writer (re)reads its sequence, and fed every id the writer stores.
/// </summary>
internal sealed class EventIdFilter
{
    private const int BitsPerId = 16;
    private const int Probes = 11;
    private const int FirstCapacity = 1 << 16;
    private readonly List<Layer> _layers = [new Layer(FirstCapacity)];

    /// <summary>Ids added so far.</summary>
    public long Count { get; private set; }

    /// <summary>Bytes the filter holds.</summary>
    public long Bytes => _layers.Sum(l => l.Bytes);

    /// <summary>False when <paramref name="id"/> was never added; true when it may have been.</summary>
    public bool MayContain(string id)
    {
        var hash = Hash(id);
        foreach (var layer in _layers)
        {
            if (layer.MayContain(hash))
            {
                return true;
            }
        }

        return false;
    }

    public void Add(string id)
    {
        var last = _layers[^1];
        if (last.IsFull)
        {
            last = new Layer(last.Capacity * 2);
            _layers.Add(last);
        }

        last.Add(Hash(id));
        Count++;
    }

    /// <summary>FNV-1a over the id's UTF-16 units, then a 64-bit finaliser so both halves are well mixed.</summary>
    private static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        return hash ^ (hash >> 33);
    }

    private sealed class Layer(long capacity)
    {
        private readonly ulong[] _bits = new ulong[Math.Max(1, capacity * BitsPerId / 64)];
        private long _count;

        public long Capacity { get; } = capacity;

        public bool IsFull => _count >= Capacity;

        public long Bytes => _bits.LongLength * sizeof(ulong);

        public bool MayContain(ulong hash)
        {
            for (var i = 0; i < Probes; i++)
            {
                var bit = Bit(hash, i);
                if ((_bits[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
                {
                    return false;
                }
            }

            return true;
        }

        public void Add(ulong hash)
        {
            for (var i = 0; i < Probes; i++)
            {
                var bit = Bit(hash, i);
                _bits[bit >> 6] |= 1UL << (int)(bit & 63);
            }

            _count++;
        }

        /// <summary>The i-th probe by double hashing (the two halves of the hash).</summary>
        private ulong Bit(ulong hash, int i) => ((hash & 0xffffffffUL) + ((ulong)i * (hash >> 32))) % ((ulong)_bits.LongLength * 64);
    }
}
