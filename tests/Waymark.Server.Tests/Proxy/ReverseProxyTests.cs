using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Waymark.Server.Features.Security;
using Waymark.Server.Tests.Access;

namespace Waymark.Server.Tests.Proxy;

/// <summary>
/// Behind a TLS-terminating proxy (Proxy:KnownProxies): what the proxy forwards is believed, what anyone else sends
/// is not. Under the proxy the session cookie is Secure, links use https and the public host, the sign-in limit
/// counts each browser's address, and the host guard judges both the forwarded and the arrived Host.
/// </summary>
public sealed class ReverseProxyTests : IDisposable
{
    private const string ProxyAddress = "10.0.0.5";
    private const string Stranger = "198.51.100.9";
    private const string PublicHost = "waymark.example.org";
    private const string Ws = "ws_proxied";
    private readonly List<WaymarkFactory> _factories = [];

    [Fact]
    public async Task SignIn_ThroughTrustedProxyOverHttps_SessionCookieSecure()
    {
        var factory = await ProxiedAsync();
        using var call = new ProxiedCall(factory, ProxyAddress).Forwarding("203.0.113.7", PublicHost);
        call.Headers["Origin"] = $"https://{PublicHost}";

        using var signedIn = await call.SendAsync("POST", "/api/account/sign-in", SignIn("Olive Owner"));

        Assert.Equal(StatusCodes.Status200OK, (int)signedIn.StatusCode);
        Assert.Contains("; secure", ProxiedCall.Cookie(signedIn, "waymark_session"), StringComparison.Ordinal);
        Assert.Contains("; secure", ProxiedCall.Cookie(signedIn, SessionAntiforgery.CookieName), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ForwardedHeadersFromAnUnknownAddress_Ignored()
    {
        var factory = await ProxiedAsync();
        using var call = new ProxiedCall(factory, Stranger).Forwarding("203.0.113.7", PublicHost);

        using var signedIn = await call.SendAsync("POST", "/api/account/sign-in", SignIn("Olive Owner"));
        call.Headers["Origin"] = $"https://{PublicHost}"; // not this server's origin for a plain http request to localhost
        using var fromPublicOrigin = await call.SendAsync("POST", "/api/account/sign-out");

        Assert.Equal(StatusCodes.Status200OK, (int)signedIn.StatusCode);
        Assert.DoesNotContain("secure", ProxiedCall.Cookie(signedIn, "waymark_session"), StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status403Forbidden, (int)fromPublicOrigin.StatusCode);
        Assert.Contains("Cross-site request refused", await ReadAsync(fromPublicOrigin), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoProxyConfigured_ForwardedHeadersFromLoopbackIgnored()
    {
        var factory = await StartAsync(Team.Settings());
        using var call = new ProxiedCall(factory, "127.0.0.1").Forwarding("203.0.113.7", "localhost");

        using var signedIn = await call.SendAsync("POST", "/api/account/sign-in", SignIn("Olive Owner"));

        Assert.True((int)signedIn.StatusCode == 200, await ReadAsync(signedIn));
        Assert.DoesNotContain("secure", ProxiedCall.Cookie(signedIn, "waymark_session"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProxyAddress, "localhost:5080", PublicHost, StatusCodes.Status200OK)]
    [InlineData(ProxyAddress, "127.0.0.1:5080", "evil.example", StatusCodes.Status421MisdirectedRequest)]
    [InlineData(Stranger, "evil.example", PublicHost, StatusCodes.Status421MisdirectedRequest)]
    [InlineData(Stranger, "localhost", "evil.example", StatusCodes.Status200OK)]
    [InlineData(ProxyAddress, "evil.example", PublicHost, StatusCodes.Status421MisdirectedRequest)]
    [InlineData("127.0.0.1", "evil.example:5080", "localhost", StatusCodes.Status421MisdirectedRequest)]
    public async Task HostGuard_ForwardedAndArrivedHost_BothMustNameThisServer(string remote, string host, string forwardedHost, int expected)
    {
        var factory = await ProxiedAsync(("Proxy:KnownNetworks", "127.0.0.0/8"));
        using var call = new ProxiedCall(factory, remote).Forwarding("203.0.113.7", forwardedHost);

        using var answer = await call.SendAsync("GET", "/api/health", host: host);

        Assert.Equal(expected, (int)answer.StatusCode);
    }

    [Fact]
    public async Task SignInLimit_BehindProxy_CountsEachBrowserAddressNotTheProxy()
    {
        var factory = await ProxiedAsync(("Auth:SignInsPerMinute", "2"));

        using var one = new ProxiedCall(factory, ProxyAddress).Forwarding("203.0.113.7", PublicHost);
        using var other = new ProxiedCall(factory, ProxyAddress).Forwarding("203.0.113.8", PublicHost);
        var first = await WrongSignInsAsync(one, 3);
        var second = await WrongSignInsAsync(other, 1);
        // Someone not behind the proxy cannot pick a fresh address per attempt by saying so.
        var forger = new List<int>();
        foreach (var client in new[] { "192.0.2.1", "192.0.2.2", "192.0.2.3" })
        {
            using var call = new ProxiedCall(factory, Stranger).Forwarding(client, "localhost");
            forger.AddRange(await WrongSignInsAsync(call, 1));
        }

        Assert.Equal([401, 401, 429], first);
        Assert.Equal([401], second);
        Assert.Equal([401, 401, 429], forger);
    }

    [Fact]
    public async Task Invitation_BehindProxy_LinkUsesHttpsAndThePublicHost()
    {
        var factory = await ProxiedAsync();
        using var call = new ProxiedCall(factory, ProxyAddress).Forwarding("203.0.113.7", PublicHost);
        call.Headers["Origin"] = $"https://{PublicHost}";
        using var signedIn = await call.SendAsync("POST", "/api/account/sign-in", SignIn("Olive Owner"));
        using var account = JsonDocument.Parse(await ReadAsync(signedIn));
        call.Headers[SessionAntiforgery.HeaderName] = account.RootElement.GetProperty("antiforgeryToken").GetString()!;

        using var invited = await call.SendAsync("POST", $"/api/workspaces/{Ws}/invitations", """{"role":"viewer"}""");

        var body = await ReadAsync(invited);
        Assert.Equal(StatusCodes.Status201Created, (int)invited.StatusCode);
        using var created = JsonDocument.Parse(body);
        Assert.StartsWith($"https://{PublicHost}/invite#token=", created.RootElement.GetProperty("link").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Proxy:KnownProxies", "proxy.lan", "is not an IP address")]
    [InlineData("Proxy:KnownNetworks", "10.0.0.0/33", "is not a network")]
    [InlineData("Proxy:KnownNetworks", "0.0.0.0/0", "every address")]
    public void Start_ProxySettingThatCannotBeUsed_RefusesSayingWhy(string key, string value, string expected)
    {
        var factory = new WaymarkFactory("Sqlite", TempSqlite.NewMigratedConnectionString(), Team.Settings((key, value)));
        _factories.Add(factory);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = Inner<OptionsValidationException>(error);
        Assert.Contains(expected, validation.Message, StringComparison.Ordinal);
        Assert.Contains(value, validation.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }
    }

    private static string SignIn(string name) =>
        JsonSerializer.Serialize(new { email = name.ToLowerInvariant().Replace(' ', '.') + "@example.com", password = Team.Password });

    private static async Task<List<int>> WrongSignInsAsync(ProxiedCall call, int count)
    {
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            using var answer = await call.SendAsync("POST", "/api/account/sign-in", JsonSerializer.Serialize(new { email = "olive.owner@example.com", password = "wrong guess " + i }));
            statuses.Add((int)answer.StatusCode);
        }

        return statuses;
    }

    /// <summary>A server behind the proxy at <see cref="ProxyAddress"/>, answering to <see cref="PublicHost"/>, with an owner.</summary>
    private async Task<WaymarkFactory> ProxiedAsync(params (string Key, string Value)[] more)
    {
        (string, string)[] settings = [("Proxy:KnownProxies", ProxyAddress), ("AllowedHosts", PublicHost), ("Auth:MaxFailedSignIns", "100"), .. more];
        return await StartAsync(Team.Settings(settings));
    }

    private async Task<WaymarkFactory> StartAsync(Dictionary<string, string> settings)
    {
        var factory = new WaymarkFactory("Sqlite", TempSqlite.NewMigratedConnectionString(), settings);
        _factories.Add(factory);
        var team = new Team(factory);
        await team.CreateWorkspaceAsync(Ws);
        await team.SetRoleAsync(Ws, await team.CreateUserAsync("Olive Owner"), "owner");
        return factory;
    }

    private static Task<string> ReadAsync(HttpResponseMessage response) => response.Content.ReadAsStringAsync();

    private static T Inner<T>(Exception error)
        where T : Exception
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        throw new InvalidOperationException($"no {typeof(T).Name} in {error}");
    }
}
