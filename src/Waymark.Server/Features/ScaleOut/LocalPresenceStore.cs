using System.Collections.Concurrent;

namespace Waymark.Server.Features.ScaleOut;

/// <summary>Presence of one server, in memory: every connection is this server's, so nothing lapses.</summary>
public sealed class LocalPresenceStore : IPresenceStore
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string>> _maps = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<string>> SetAsync(string mapKey, string connectionId, string entryJson)
    {
        var entries = _maps.GetOrAdd(mapKey, _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
        entries[connectionId] = entryJson;
        return ListAsync(mapKey);
    }

    public Task<IReadOnlyList<string>> RemoveAsync(string mapKey, string connectionId)
    {
        if (_maps.TryGetValue(mapKey, out var entries))
        {
            entries.TryRemove(connectionId, out _);
            if (entries.IsEmpty)
            {
                // A join racing this removal re-adds the key through GetOrAdd; an empty dictionary left behind is harmless.
                _maps.TryRemove(new KeyValuePair<string, ConcurrentDictionary<string, string>>(mapKey, entries));
            }
        }

        return ListAsync(mapKey);
    }

    public Task<IReadOnlyList<string>> ListAsync(string mapKey) =>
        Task.FromResult<IReadOnlyList<string>>(_maps.TryGetValue(mapKey, out var entries)
            ? [.. entries.ToArray().OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value)] // a snapshot: joins go on meanwhile
            : []);

    public Task<IReadOnlyList<string>> RenewAsync() => Task.FromResult<IReadOnlyList<string>>([]);
}
