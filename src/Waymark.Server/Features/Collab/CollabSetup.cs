using System.Text.Json.Serialization;

namespace Waymark.Server.Features.Collab;

/// <summary>Registers co-editing (the op log, the per-map queues, presence) and maps its hub at /hubs/maps.</summary>
public static class CollabSetup
{
    public const string HubPath = "/hubs/maps";

    /// <summary>A Send carries at most 200 ops and 1 MB; the hub refuses larger messages.</summary>
    public const long MaxMessageBytes = 1024 * 1024;

    public static void AddCollab(this IServiceCollection services)
    {
        services.AddSignalR(o => o.MaximumReceiveMessageSize = MaxMessageBytes)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        services.AddScoped<OperationLog>();
        services.AddSingleton<MapQueues>();
        services.AddSingleton<MapStateCache>();
        services.AddSingleton<PresenceRegistry>();
    }

    public static void MapCollab(this IEndpointRouteBuilder app) => app.MapHub<CollabHub>(HubPath);
}
