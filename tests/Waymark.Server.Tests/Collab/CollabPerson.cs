using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Waymark.Server.Features.Security;

namespace Waymark.Server.Tests.Collab;

/// <summary>A signed-in person: their session cookie and antiforgery token, for the API and for hub connections.</summary>
public sealed class CollabPerson
{
    private readonly WaymarkFactory _factory;

    internal CollabPerson(WaymarkFactory factory, string userId, string name, string cookies, string token)
    {
        _factory = factory;
        UserId = userId;
        Name = name;
        Cookies = cookies;
        Token = token;
        Http = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        Http.DefaultRequestHeaders.Add("Cookie", cookies);
        Http.DefaultRequestHeaders.Add(SessionAntiforgery.HeaderName, token);
    }

    public string UserId { get; }

    public string Name { get; }

    public string Cookies { get; }

    public string Token { get; }

    /// <summary>The API as this person (session cookie, antiforgery and client headers).</summary>
    public HttpClient Http { get; }

    /// <summary>A started hub connection over WebSockets through the test server; <paramref name="origin"/> as a browser sends it.</summary>
    public async Task<HubClient> ConnectAsync(string? origin = null)
    {
        var server = _factory.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/maps"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.Headers["Cookie"] = Cookies;
                o.Headers[SessionAntiforgery.HeaderName] = Token;
                o.Headers[ClientHeader.Name] = "tests";
                if (origin is not null)
                {
                    o.Headers["Origin"] = origin;
                }

                o.WebSocketFactory = async (context, ct) =>
                {
                    var client = server.CreateWebSocketClient();
                    client.ConfigureRequest = r =>
                    {
                        r.Headers["Cookie"] = Cookies;
                        if (origin is not null)
                        {
                            r.Headers["Origin"] = origin;
                        }
                    };
                    return await client.ConnectAsync(context.Uri, ct);
                };
            })
            .Build();
        var hub = new HubClient(connection);
        await connection.StartAsync();
        return hub;
    }
}
