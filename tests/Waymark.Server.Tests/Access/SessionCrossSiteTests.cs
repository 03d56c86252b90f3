using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Data.Entities;
using Waymark.Server.Features.Security;

namespace Waymark.Server.Tests.Access;

/// <summary>
/// The cross-site tests with accounts on: the member's browser holds a session cookie, which rides along with any
/// request another site's page makes. A form post or fetch from that page changes nothing (no client header, no
/// antiforgery token, or the browser's own word that it is cross-site), nor can it make the member join a workspace;
/// a foreign Host is refused even with a session.
/// </summary>
public abstract class SessionCrossSiteTests : IDisposable
{
    private const string Ws = "ws_guarded";
    private readonly WaymarkFactory _factory;
    private readonly Team _team;

    protected SessionCrossSiteTests(string provider, string connectionString)
    {
        _factory = new WaymarkFactory(provider, connectionString, Team.Settings());
        _team = new Team(_factory);
    }

    [Fact]
    public async Task Post_FormFromAnotherSiteWithTheSessionCookie_RefusedAndNothingChanged()
    {
        var (owner, mapId, map) = await SetUpAsync();
        using var browser = await _team.SignInAsync("Olive Owner"); // the member's cookie, sent by the browser on its own
        browser.DefaultRequestHeaders.Remove(ClientHeader.Name);
        browser.DefaultRequestHeaders.Remove(SessionAntiforgery.HeaderName);

        await AssertEachRefusedAsync(owner, browser, mapId, map, r => r.FromEvilPage());
    }

    [Fact]
    public async Task Post_CrossOriginFetchWithClientHeaderAndSession_RefusedAndNothingChanged()
    {
        var (owner, mapId, map) = await SetUpAsync();
        using var browser = await _team.SignInAsync("Olive Owner"); // even were a preflight let through, the browser says where it comes from
        browser.DefaultRequestHeaders.Remove(SessionAntiforgery.HeaderName);

        await AssertEachRefusedAsync(owner, browser, mapId, map, r =>
        {
            r.Headers.Add("Origin", "http://evil.example:8080");
            r.Headers.Add("Sec-Fetch-Site", "cross-site");
            return r;
        });
    }

    [Fact]
    public async Task Change_WellFormedButWithoutAntiforgeryToken_RefusedAndNothingChanged()
    {
        var (owner, mapId, _) = await SetUpAsync();
        using var sibling = await _team.SignInAsync("Olive Owner"); // a script that can add headers but cannot read the token
        sibling.DefaultRequestHeaders.Remove(SessionAntiforgery.HeaderName);
        var before = await WorkspaceSnapshot.ReadAsync(owner, Ws);
        var ws = $"/api/workspaces/{Ws}";

        HttpRequestMessage[] changes =
        [
            new(HttpMethod.Post, $"{ws}/segments") { Content = JsonContent.Create(new { name = "Planted", conditions = new { did = new[] { "A" } } }) },
            new(HttpMethod.Post, $"{ws}/api-keys") { Content = JsonContent.Create(new { name = "Planted" }) },
            new(HttpMethod.Post, $"{ws}/invitations") { Content = JsonContent.Create(new { role = "owner" }) },
            new(HttpMethod.Post, $"{ws}/maps/{mapId}/duplicate") { Content = JsonContent.Create(new { name = "Planted" }) },
            new(HttpMethod.Delete, $"{ws}/maps/{mapId}"),
        ];
        foreach (var request in changes)
        {
            using var response = await sibling.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode}");
            Assert.Equal("Antiforgery token required", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
            request.Dispose();
        }

        Assert.Equal(before, await WorkspaceSnapshot.ReadAsync(owner, Ws));
        Assert.Empty((await owner.GetFromJsonAsync<JsonElement>($"{ws}/invitations")).EnumerateArray());
    }

    [Fact]
    public async Task AcceptInvitation_FromAnotherSitesPage_RefusedAndNotJoined()
    {
        var (owner, _, _) = await SetUpAsync();
        using var invited = await owner.PostAsJsonAsync($"/api/workspaces/{Ws}/invitations", new { role = "editor" });
        var link = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        await _team.CreateUserAsync("Mallory Member");
        using var victim = await _team.SignInAsync("Mallory Member");
        victim.DefaultRequestHeaders.Remove(ClientHeader.Name);
        victim.DefaultRequestHeaders.Remove(SessionAntiforgery.HeaderName);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/invitations/accept")
        {
            Content = CrossSiteRequests.Text($$"""{"token": "{{link[(link.IndexOf("#token=", StringComparison.Ordinal) + 7)..]}}"}"""),
        }.FromEvilPage();
        using var response = await victim.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var members = await owner.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/members");
        Assert.DoesNotContain(members.EnumerateArray(), m => m.GetProperty("displayName").GetString() == "Mallory Member");
    }

    [Fact]
    public async Task Get_ForeignHostWithSession_Refused421()
    {
        var (owner, _, _) = await SetUpAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/workspaces/{Ws}/members");
        request.Headers.Host = "evil.example";
        using var response = await owner.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A workspace with a map, its owner signed in; the map's id and a map document to plant.</summary>
    private async Task<(HttpClient Owner, string MapId, string Map)> SetUpAsync()
    {
        await _team.CreateWorkspaceAsync(Ws);
        await _team.SetRoleAsync(Ws, await _team.CreateUserAsync("Olive Owner"), MemberRoles.Owner);
        var owner = await _team.SignInAsync("Olive Owner");
        using var created = await owner.PostAsJsonAsync($"/api/workspaces/{Ws}/maps", new { name = "Guarded", kind = "currentState" });
        var mapId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        return (owner, mapId, await owner.GetStringAsync("/api/templates/saas-trial"));
    }

    private static async Task AssertEachRefusedAsync(HttpClient owner, HttpClient browser, string mapId, string map,
        Func<HttpRequestMessage, HttpRequestMessage> dress)
    {
        var before = await WorkspaceSnapshot.ReadAsync(owner, Ws);

        foreach (var (name, build) in CrossSiteRequests.All(Ws, mapId, map))
        {
            using var request = dress(build());
            using var response = await browser.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        Assert.Equal(before, await WorkspaceSnapshot.ReadAsync(owner, Ws));
    }
}
