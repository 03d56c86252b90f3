using Microsoft.AspNetCore.SignalR;
using Waymark.Server.Features.Collab;

namespace Waymark.Server.Features.ScaleOut;

/// <summary>Sends a map's presence list to its hub group when it changed underneath (a server gone, Redis back).</summary>
internal sealed class HubPresenceBroadcaster(IHubContext<CollabHub> hub) : IPresenceBroadcaster
{
    public Task BroadcastAsync(string mapKey, IReadOnlyList<string> entries) =>
        hub.Clients.Group(CollabHub.GroupOf(mapKey)).SendAsync("Presence", mapKey, PresenceRegistry.Read(entries));
}
