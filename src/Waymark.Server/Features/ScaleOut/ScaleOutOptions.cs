namespace Waymark.Server.Features.ScaleOut;

/// <summary>
/// More than one server (docs/adr/044-scale-out.md): with <see cref="Redis"/> set, SignalR's messages go through
/// Redis (every server's clients get every group message) and presence lives in Redis, so people on one map may land
/// on different servers. Unset, one server keeps both in memory.
/// </summary>
public sealed class ScaleOutOptions
{
    public const string Section = "Collab";

    /// <summary>A StackExchange.Redis connection string ("redis-host:6379,password=..."); null = one server.</summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of every Redis key and channel, so several Waymark installations may share one Redis.</summary>
    public string RedisPrefix { get; set; } = "waymark";

    /// <summary>
    /// How long a presence entry lives in Redis without its server renewing it: a server that dies loses its
    /// people from the map's presence after this long. Renewed every third of it.
    /// </summary>
    public int PresenceSeconds { get; set; } = 30;

    public bool IsValid() =>
        PresenceSeconds is >= 3 and <= 3600 && !string.IsNullOrWhiteSpace(RedisPrefix) && RedisPrefix.Length <= 64;
}
