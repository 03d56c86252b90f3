using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Server.Features.Security;

namespace Waymark.Testing.Collab;

/// <summary>Opens SignalR connections to a server's co-editing hub (/hubs/maps) as Waymark's own clients do.</summary>
public static class HubConnections
{
    public const string Path = "/hubs/maps";

    public static HubConnection Connect(Uri server, Action<HttpConnectionOptions>? configure = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server, Path), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.Headers[ClientHeader.Name] = "tests";
                configure?.Invoke(o);
            })
            .AddJsonProtocol()
            .Build();
}
