using System.Runtime.InteropServices;

namespace Waymark.Analytics.Events;

/// <summary>
/// A dictionary that encodes names (customer ids, activities, channels, keys, values) to dense ints.
/// Lookups by span, so importers intern a field without allocating a string when the name is known.
/// </summary>
public sealed class NameTable
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanIds;
    private readonly List<string> _names = [];

    public NameTable()
    {
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _spanIds = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many distinct names are stored.</summary>
    public int Count => _names.Count;

    /// <summary>The name behind an id.</summary>
    public string this[int id] => _names[id];

    /// <summary>All names in id order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The id of a name, or -1 when it is not known.</summary>
    public int IdOf(ReadOnlySpan<char> name) => _spanIds.TryGetValue(name, out var id) ? id : -1;

    /// <summary>The id of a name, adding it when new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> name)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_spanIds, name, out var exists);
        if (!exists)
        {
            slot = _names.Count;
            _names.Add(FindAddedKey(name));
        }

        return slot;
    }

    // The alternate lookup already materialised the key string; reuse it instead of allocating a second copy.
    private string FindAddedKey(ReadOnlySpan<char> name) =>
        _spanIds.TryGetValue(name, out var actualKey, out _) ? actualKey : name.ToString();
}
