namespace Waymark.Core.Operations;

/// <summary>
/// What the applier knows besides the document: tombstones of deleted things and, per last-writer-wins key, who wrote
/// it last. The server loads it from its tables (tombstones) and its log (writers after the oldest base seq of a
/// batch); tests build it by applying ops in order. Only applied ops change it.
/// </summary>
public sealed class CoEditState
{
    private readonly Dictionary<(string Kind, string Id), Tombstone> _tombstones = [];
    private readonly Dictionary<string, KeyWriter> _writers = new(StringComparer.Ordinal);

    public IEnumerable<Tombstone> Tombstones => _tombstones.Values;

    public Tombstone? FindTombstone(string kind, string id) => _tombstones.GetValueOrDefault((kind, id));

    public void AddTombstone(Tombstone tombstone) => _tombstones[(tombstone.Kind, tombstone.Id)] = tombstone;

    public bool RemoveTombstone(string kind, string id) => _tombstones.Remove((kind, id));

    public KeyWriter? LastWriter(string key) => _writers.GetValueOrDefault(key);

    public void Wrote(string key, KeyWriter writer) => _writers[key] = writer;
}
