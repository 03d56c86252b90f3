using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Waymark.Core.Operations;

namespace Waymark.Server.Features.Collab;

/// <summary>
/// What this server last wrote to each map it co-edits (docs/adr/050): the parsed document and, per last-writer-wins
/// key, who wrote it last, as of the map's OpSeq and Version then. <see cref="OperationLog"/> takes an entry out at
/// the start of a batch and puts the new one back only after its commit, so a failed batch leaves nothing behind; an
/// entry is used only while the stored map still has its OpSeq and Version (another server, a PUT, moves them on).
/// One batch per map at a time (<see cref="MapQueues"/>) makes an entry one writer's.
/// </summary>
internal sealed class MapStateCache
{
    /// <summary>The most maps kept; past it the cache starts again (a miss costs a read, never a wrong answer).</summary>
    public const int MaxMaps = 256;

    private readonly ConcurrentDictionary<string, MapState> _maps = new(StringComparer.Ordinal);

    public MapState? Take(string mapId) => _maps.TryRemove(mapId, out var state) ? state : null;

    public void Keep(string mapId, MapState state)
    {
        if (_maps.Count >= MaxMaps)
        {
            _maps.Clear();
        }

        _maps[mapId] = state;
    }
}

/// <summary>One map's entry: its document and writers as of <see cref="OpSeq"/> and <see cref="Version"/>.</summary>
internal sealed record MapState(long OpSeq, long Version, JsonObject Document, Dictionary<string, KeyWriter> Writers);
