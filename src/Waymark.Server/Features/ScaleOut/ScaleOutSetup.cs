using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Waymark.Server.Features.ScaleOut;

/// <summary>Registers presence and, with Collab:Redis set, SignalR's Redis backplane (docs/adr/044-scale-out.md).</summary>
public static class ScaleOutSetup
{
    public static void AddWaymarkScaleOut(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScaleOutOptions>()
            .Bind(builder.Configuration.GetSection(ScaleOutOptions.Section))
            .Validate(o => o.IsValid(), "Collab: PresenceSeconds must be 3 to 3600 and RedisPrefix 1 to 64 characters.")
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(ScaleOutOptions.Section).Get<ScaleOutOptions>() ?? new ScaleOutOptions();
        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            builder.Services.AddSingleton<IPresenceStore, LocalPresenceStore>();
            return;
        }

        var prefix = string.IsNullOrWhiteSpace(options.RedisPrefix) ? "waymark" : options.RedisPrefix;
        builder.Services.AddSignalR().AddStackExchangeRedis(options.Redis, o =>
            o.Configuration.ChannelPrefix = RedisChannel.Literal(prefix + ":signalr"));
        builder.Services.AddSingleton<RedisConnection>();
        builder.Services.AddSingleton<IPresenceStore, RedisPresenceStore>();
        builder.Services.AddSingleton<IPresenceBroadcaster, HubPresenceBroadcaster>();
        builder.Services.AddSingleton<PresenceRenewal>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PresenceRenewal>());
    }

    /// <summary>Whether this server shares its hub and presence through Redis.</summary>
    public static bool IsScaledOut(this IServiceProvider services) =>
        !string.IsNullOrWhiteSpace(services.GetRequiredService<IOptions<ScaleOutOptions>>().Value.Redis);
}
