using System.Collections.Concurrent;
using System.Text.Json;
using Waymark.Server.Features.ScaleOut;

namespace Waymark.Server.Features.Collab;

/// <summary>
/// Who is on which map, per connection (presence is never stored in the database). The entries of this server's
/// connections are kept here (a connection's hub calls always run on its server); the map's whole list comes from
/// <see cref="IPresenceStore"/>: this server's memory, or Redis shared by every server (docs/adr/044-scale-out.md).
/// A person's colour comes from their user id, so it is the same on every map and every server.
/// </summary>
internal sealed class PresenceRegistry(IPresenceStore store)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] Palette =
    [
        "#d14b8f", "#2f7dd1", "#e07b00", "#1f9d6b", "#8a5cd1", "#c2412d",
        "#0f8b9c", "#a07d00", "#5c6bc0", "#d1495b", "#3f8f3f", "#b3549e",
    ];

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, PresenceEntry>> _maps = new(StringComparer.Ordinal);

    public static string ColourOf(string userId)
    {
        var hash = 2166136261u; // FNV-1a: stable across processes, unlike string.GetHashCode
        foreach (var c in userId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return Palette[hash % (uint)Palette.Length];
    }

    public async Task<IReadOnlyList<PresenceEntry>> OnAsync(string mapId) => Read(await store.ListAsync(mapId));

    /// <summary>Adds the connection to the map; returns everyone on it.</summary>
    public async Task<IReadOnlyList<PresenceEntry>> EnterAsync(string mapId, PresenceEntry entry)
    {
        _maps.GetOrAdd(mapId, _ => new ConcurrentDictionary<string, PresenceEntry>(StringComparer.Ordinal))[entry.ConnectionId] = entry;
        return Read(await store.SetAsync(mapId, entry.ConnectionId, JsonSerializer.Serialize(entry, Json)));
    }

    /// <summary>Changes what the connection has selected and follows; null when it has not joined the map.</summary>
    public async Task<IReadOnlyList<PresenceEntry>?> UpdateAsync(string mapId, string connectionId, PresenceSelection? selection, string? following)
    {
        if (!_maps.TryGetValue(mapId, out var people) || !people.TryGetValue(connectionId, out var entry))
        {
            return null;
        }

        var changed = entry with { Selection = selection, Following = following };
        people[connectionId] = changed;
        return Read(await store.SetAsync(mapId, connectionId, JsonSerializer.Serialize(changed, Json)));
    }

    /// <summary>Removes the connection from the map; null when it was not on it.</summary>
    public async Task<IReadOnlyList<PresenceEntry>?> LeaveAsync(string mapId, string connectionId) =>
        _maps.TryGetValue(mapId, out var people) && people.TryRemove(connectionId, out _)
            ? Read(await store.RemoveAsync(mapId, connectionId))
            : null;

    /// <summary>Removes the connection from every map; returns the maps it was on, with who is left.</summary>
    public async Task<IReadOnlyList<(string MapId, IReadOnlyList<PresenceEntry> People)>> LeaveAllAsync(string connectionId)
    {
        var left = new List<(string, IReadOnlyList<PresenceEntry>)>();
        foreach (var (mapId, people) in _maps)
        {
            if (people.TryRemove(connectionId, out _))
            {
                left.Add((mapId, Read(await store.RemoveAsync(mapId, connectionId))));
            }
        }

        return left;
    }

    public static IReadOnlyList<PresenceEntry> Read(IReadOnlyList<string> entries) =>
        [.. entries.Select(e => JsonSerializer.Deserialize<PresenceEntry>(e, Json)!)];
}
