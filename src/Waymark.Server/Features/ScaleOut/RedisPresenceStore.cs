using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Waymark.Server.Features.ScaleOut;

/// <summary>
/// Presence shared by every server through Redis (docs/adr/044-scale-out.md). Each entry lives until a time its
/// server renews (<see cref="PresenceRenewal"/>); a server that dies stops renewing, and its people drop out of the
/// lists within <see cref="ScaleOutOptions.PresenceSeconds"/>. This server also remembers its own entries, so a
/// Redis that restarted empty gets them back at the next renewal.
/// </summary>
public sealed class RedisPresenceStore(RedisConnection redis, IOptions<ScaleOutOptions> options, TimeProvider clock) : IPresenceStore
{
    private readonly ScaleOutOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string>> _mine = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<string>> SetAsync(string mapKey, string connectionId, string entryJson)
    {
        _mine.GetOrAdd(mapKey, _ => new(StringComparer.Ordinal))[connectionId] = entryJson;
        var (_, entries) = await RunAsync(RedisPresenceScripts.Set, mapKey, [Until(), connectionId, entryJson]).ConfigureAwait(false);
        return entries;
    }

    public async Task<IReadOnlyList<string>> RemoveAsync(string mapKey, string connectionId)
    {
        if (_mine.TryGetValue(mapKey, out var mine))
        {
            mine.TryRemove(connectionId, out _);
        }

        var (_, entries) = await RunAsync(RedisPresenceScripts.Remove, mapKey, [connectionId]).ConfigureAwait(false);
        return entries;
    }

    public async Task<IReadOnlyList<string>> ListAsync(string mapKey)
    {
        var (_, entries) = await RunAsync(RedisPresenceScripts.List, mapKey, []).ConfigureAwait(false);
        return entries;
    }

    public async Task<IReadOnlyList<string>> RenewAsync()
    {
        var changed = new List<string>();
        foreach (var (mapKey, mine) in _mine)
        {
            var pairs = mine.ToArray();
            if (pairs.Length == 0)
            {
                _mine.TryRemove(new KeyValuePair<string, ConcurrentDictionary<string, string>>(mapKey, mine));
                continue;
            }

            var values = new List<RedisValue> { Until() };
            foreach (var (connectionId, json) in pairs)
            {
                values.Add(connectionId);
                values.Add(json);
            }

            var (count, _) = await RunAsync(RedisPresenceScripts.Set, mapKey, [.. values]).ConfigureAwait(false);
            if (count > 0)
            {
                changed.Add(mapKey);
            }
        }

        return changed;
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private long Until() => Now() + (_options.PresenceSeconds * 1000L);

    private async Task<(long Changed, IReadOnlyList<string> Entries)> RunAsync(string script, string mapKey, RedisValue[] arguments)
    {
        var db = await redis.DatabaseAsync().ConfigureAwait(false);
        var hash = $"{_options.RedisPrefix}:presence:{mapKey}";
        RedisValue[] values = [Now(), _options.PresenceSeconds * 2, .. arguments];
        var result = (RedisResult[])(await db.ScriptEvaluateAsync(script, [hash, hash + ":until"], values).ConfigureAwait(false))!;
        var flat = (RedisResult[])result[1]!;
        var entries = new SortedList<string, string>(flat.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < flat.Length; i += 2)
        {
            entries[(string)flat[i]!] = (string)flat[i + 1]!;
        }

        return ((long)result[0], [.. entries.Values]);
    }
}
