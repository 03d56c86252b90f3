using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Security;
using Waymark.Testing;

namespace Waymark.Server.Tests.Proxy;

/// <summary>
/// The README's set-up for real: Debian's nginx terminates TLS and passes requests to Kestrel on loopback, which
/// believes X-Forwarded-* from 127.0.0.1 only (Proxy:KnownProxies). Through it the session cookie is Secure,
/// invitation links are https on the public name, and the sign-in limit counts the browser, whatever it forges.
/// </summary>
public sealed class NginxProxyTests
{
    private const string Email = "olive@example.com";
    private const string Password = "a long proxy password";

    [Fact]
    public async Task Nginx_TlsInFrontOfKestrel_SecureCookieHttpsLinksAndRealClientLimit()
    {
        Assert.True(NginxProxy.Binary() is not null, "nginx is not installed: apt-get install nginx (test.sh does).");
        await using var server = await LiveWaymarkServer.StartAsync("--Auth:Accounts=true", "--Demo:Seed=false",
            "--Proxy:KnownProxies=127.0.0.1", $"--AllowedHosts={NginxProxy.HostName}", "--Auth:SignInsPerMinute=3");
        await ArrangeOwnerAsync(server.Services);
        using var nginx = await NginxProxy.StartAsync(server.Address);
        var cookies = new CookieContainer();
        using var http = nginx.Client(cookies);
        http.DefaultRequestHeaders.Add(ClientHeader.Name, "tests");

        using var signedIn = await http.PostAsJsonAsync("/api/account/sign-in", new { email = Email, password = Password });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("waymark_session=", StringComparison.Ordinal));
        var token = (await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("antiforgeryToken").GetString()!;
        http.DefaultRequestHeaders.Add(SessionAntiforgery.HeaderName, token);
        using var invited = await http.PostAsJsonAsync("/api/workspaces/ws_team/invitations", new { role = "viewer" });
        var link = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString();
        var guesses = new List<HttpStatusCode>();
        foreach (var forged in new[] { "192.0.2.1", "192.0.2.2", "192.0.2.3" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/sign-in") { Content = JsonContent.Create(new { email = Email, password = "guess" }) };
            request.Headers.Add("X-Forwarded-For", forged);
            using var guess = await http.SendAsync(request);
            guesses.Add(guess.StatusCode);
        }

        Assert.Contains("; secure", session.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Contains("; httponly", session.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        Assert.StartsWith($"https://{NginxProxy.HostName}:{nginx.Port}/invite#token=", link, StringComparison.Ordinal);
        // The sign-in above was the first of three a minute from this browser; the forged addresses changed nothing.
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], guesses);
    }

    private static async Task ArrangeOwnerAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WaymarkUser>>();
        var owner = new WaymarkUser { UserName = Email, Email = Email, DisplayName = "Olive", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(owner, Password)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        db.Workspaces.Add(new WorkspaceEntity { Id = "ws_team", Name = "Team", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        db.WorkspaceMembers.Add(new WorkspaceMemberEntity { WorkspaceId = "ws_team", UserId = owner.Id, Role = MemberRoles.Owner, JoinedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }
}
