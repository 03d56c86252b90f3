using Waymark.Analytics.Events;

namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// A small direct-mapped cache in front of a <see cref="NameTable"/> for low-cardinality fields (activity,
/// channel): a hit costs a short comparison instead of hashing the whole name.
/// </summary>
internal sealed class NameCache(Func<ReadOnlySpan<char>, int> lookup)
{
    private const int Size = 256;
    private readonly string?[] _names = new string?[Size];
    private readonly int[] _ids = new int[Size];

    public static NameCache For(NameTable table) => new(table.GetOrAdd);

    public int IdOf(ReadOnlySpan<char> name, NameTable table)
    {
        var slot = name.IsEmpty ? 0 : ((name.Length * 31) + (name[0] * 7) + name[^1] + (name[name.Length >> 1] * 3)) & (Size - 1);
        var cached = _names[slot];
        if (cached is not null && name.SequenceEqual(cached))
        {
            return _ids[slot];
        }

        var id = lookup(name);
        _names[slot] = table[id];
        _ids[slot] = id;
        return id;
    }
}
