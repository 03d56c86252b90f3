using System.Collections.Concurrent;

namespace Waymark.Server.Features.Collab;

/// <summary>
/// Who is on which map, per connection, in this server's memory (presence is never stored). A person's colour comes
/// from their user id, so it is the same on every map and every server.
/// </summary>
internal sealed class PresenceRegistry
{
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

    public IReadOnlyList<PresenceEntry> On(string mapId) =>
        _maps.TryGetValue(mapId, out var people) ? people.Values.OrderBy(p => p.ConnectionId, StringComparer.Ordinal).ToArray() : [];

    public void Enter(string mapId, PresenceEntry entry) =>
        _maps.GetOrAdd(mapId, _ => new ConcurrentDictionary<string, PresenceEntry>(StringComparer.Ordinal))[entry.ConnectionId] = entry;

    /// <summary>Changes what the connection has selected and follows; false when it has not joined the map.</summary>
    public bool Update(string mapId, string connectionId, PresenceSelection? selection, string? following)
    {
        if (!_maps.TryGetValue(mapId, out var people) || !people.TryGetValue(connectionId, out var entry))
        {
            return false;
        }

        people[connectionId] = entry with { Selection = selection, Following = following };
        return true;
    }

    public bool Leave(string mapId, string connectionId) =>
        _maps.TryGetValue(mapId, out var people) && people.TryRemove(connectionId, out _);

    /// <summary>Removes the connection from every map; returns the maps it was on.</summary>
    public IReadOnlyList<string> LeaveAll(string connectionId)
    {
        var left = new List<string>();
        foreach (var (mapId, people) in _maps)
        {
            if (people.TryRemove(connectionId, out _))
            {
                left.Add(mapId);
            }
        }

        return left;
    }
}
