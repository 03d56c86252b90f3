using Waymark.Analytics.Events.Internals;

namespace Waymark.Analytics.Events;

/// <summary>
/// Event properties, interned as sets: an event stores one set id, and events with equal properties share it.
/// Set 0 is the empty set.
/// </summary>
public sealed class PropertySets
{
    internal static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private readonly SequenceInterner _sets = new();

    public PropertySets() => _sets.Intern([]);

    private PropertySets(SequenceInterner sets, NameTable keys, NameTable values)
    {
        _sets = sets;
        Keys = keys;
        Values = values;
    }

    public NameTable Keys { get; } = new();

    public NameTable Values { get; } = new();

    /// <summary>An independent copy (copy on write for logs).</summary>
    internal PropertySets Clone() => new(_sets.Clone(), Keys.Clone(), Values.Clone());

    /// <summary>Sizes the key and value tables exactly.</summary>
    internal void TrimExcess()
    {
        Keys.TrimExcess();
        Values.TrimExcess();
    }

    /// <summary>The sets themselves (key/value id pairs end to end), for a snapshot.</summary>
    internal SequenceInterner Sets => _sets;

    /// <summary>Property sets as a snapshot holds them.</summary>
    internal static PropertySets FromParts(SequenceInterner sets, NameTable keys, NameTable values) =>
        sets.Count > 0 && sets.Get(0).IsEmpty ? new PropertySets(sets, keys, values) : throw new InvalidDataException("Property set 0 is not the empty set.");

    public int Count => _sets.Count;

    /// <summary>The value id of a key in a set, or -1.</summary>
    public int ValueId(int setId, int keyId)
    {
        var pairs = _sets.Get(setId);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (pairs[i] == keyId)
            {
                return pairs[i + 1];
            }
        }

        return -1;
    }

    /// <summary>A set's key/value id pairs, flattened and sorted by key.</summary>
    internal ReadOnlySpan<int> PairsOf(int setId) => _sets.Get(setId);

    /// <summary>The properties of a set as a dictionary (allocates: for display, not hot loops).</summary>
    public IReadOnlyDictionary<string, string> ToDictionary(int setId)
    {
        var pairs = _sets.Get(setId);
        var result = new Dictionary<string, string>(pairs.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            result[Keys[pairs[i]]] = Values[pairs[i + 1]];
        }

        return result;
    }

    /// <summary>Interns key/value id pairs (flattened, sorted by key by the caller).</summary>
    internal int Intern(ReadOnlySpan<int> sortedPairs) => _sets.Intern(sortedPairs);
}
