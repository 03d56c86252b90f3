namespace Waymark.Server.Features.ScaleOut;

/// <summary>
/// The Lua scripts of <see cref="RedisPresenceStore"/>: each changes a map's entries and lists them in one atomic
/// step. KEYS[1] is the map's hash (connection id -> entry JSON), KEYS[2] its sorted set (connection id -> the
/// time in ms until which the entry lives); ARGV[1] is now in ms, ARGV[2] the keys' expiry in seconds.
/// Every script returns { entries lost to lapsing + entries newly added, { id, json, id, json, ... } }.
/// </summary>
internal static class RedisPresenceScripts
{
    // Drops lapsed entries (their server stopped renewing them) and lists the rest.
    private const string PruneAndList = """
        local gone = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
        for _, c in ipairs(gone) do
          redis.call('HDEL', KEYS[1], c)
          redis.call('ZREM', KEYS[2], c)
        end
        return { #gone + changed, redis.call('HGETALL', KEYS[1]) }
        """;

    // ARGV[3] = until (ms), then pairs of connection id and entry JSON from ARGV[4].
    public const string Set = """
        local changed = 0
        for i = 4, #ARGV, 2 do
          changed = changed + redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
          redis.call('ZADD', KEYS[2], ARGV[3], ARGV[i])
        end
        redis.call('EXPIRE', KEYS[1], ARGV[2])
        redis.call('EXPIRE', KEYS[2], ARGV[2])
        """ + "\n" + PruneAndList;

    // ARGV[3] = the connection id to drop.
    public const string Remove = """
        local changed = redis.call('HDEL', KEYS[1], ARGV[3])
        redis.call('ZREM', KEYS[2], ARGV[3])
        """ + "\n" + PruneAndList;

    public const string List = "local changed = 0\n" + PruneAndList;
}
