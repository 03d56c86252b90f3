using System.Net;
using System.Net.Http.Json;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Security;

namespace Waymark.Server.Tests.Accounts;

/// <summary>
/// With accounts on, the workspace filter answers from workspace_members: anonymous 401, not a member 404, a role
/// below the route's 403; the workspace list shows only the caller's; changes under a session need antiforgery.
/// </summary>
public abstract class AccessApiTests : IDisposable
{
    private const string Demo = AccountsHost.DemoWorkspace;

    protected AccessApiTests(string provider, string connectionString)
    {
        Host = new AccountsHost(provider, connectionString, new Dictionary<string, string> { ["Auth:SignInsPerMinute"] = "5" });
    }

    private AccountsHost Host { get; }

    [Fact]
    public async Task Workspace_Anonymous_401()
    {
        using var response = await Host.Anonymous().GetAsync($"/api/workspaces/{Demo}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Anonymous().GetAsync("/api/workspaces")).StatusCode);
    }

    [Fact]
    public async Task Workspace_SignedInNonMember_404()
    {
        await Host.CreateUserAsync("eve@example.com");
        var eve = await Host.SignInAsync("eve@example.com");

        using var response = await eve.GetAsync($"/api/workspaces/{Demo}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Workspace_ViewerReadsButChangeIs403()
    {
        var viewer = await Host.CreateUserAsync("vic@example.com");
        await Host.AddMemberAsync(Demo, viewer.Id, WorkspaceRole.Viewer);
        var client = await Host.SignInAsync("vic@example.com");

        using var read = await client.GetAsync($"/api/workspaces/{Demo}/maps");
        using var change = await client.PutAsJsonAsync($"/api/workspaces/{Demo}", new { name = "Renamed" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        Assert.Contains("needs the owner role", await change.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workspace_OwnerMember_RenamesIt()
    {
        var editor = await Host.CreateUserAsync("ed@example.com");
        await Host.AddMemberAsync(Demo, editor.Id, WorkspaceRole.Owner);
        var client = await Host.SignInAsync("ed@example.com");

        using var rename = await client.PutAsJsonAsync($"/api/workspaces/{Demo}", new { name = "Renamed" });

        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
    }

    [Fact]
    public async Task WorkspaceList_ShowsOnlyTheCallersAndCreatorOwnsNewOne()
    {
        await Host.CreateUserAsync("ada@example.com");
        var ada = await Host.SignInAsync("ada@example.com");

        using var created = await ada.PostAsJsonAsync("/api/workspaces", new { name = "Ada's team" });
        var list = await ada.GetStringAsync("/api/workspaces");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("Ada's team", list, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\":\"demo\"", list, StringComparison.Ordinal);
        var id = (await created.Content.ReadFromJsonAsync<IdOnly>())!.Id;
        var members = await ada.GetStringAsync($"/api/workspaces/{id}/members");
        Assert.Contains("\"role\":\"owner\"", members, StringComparison.Ordinal);
        Assert.Contains("ada@example.com", members, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_SessionWithoutAntiforgeryHeader_403SayingWhy()
    {
        await Host.CreateUserAsync("ada@example.com");
        var ada = await Host.SignInAsync("ada@example.com");
        ada.DefaultRequestHeaders.Remove(SessionAntiforgery.HeaderName);

        using var response = await ada.PostAsJsonAsync("/api/workspaces", new { name = "Forged" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(SessionAntiforgery.HeaderName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Forged", await ada.GetStringAsync("/api/workspaces"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_SessionWithAnotherUsersToken_403()
    {
        await Host.CreateUserAsync("ada@example.com");
        await Host.CreateUserAsync("bob@example.com");
        var ada = await Host.SignInAsync("ada@example.com");
        var bob = await Host.SignInAsync("bob@example.com");
        ada.DefaultRequestHeaders.Remove(SessionAntiforgery.HeaderName);
        ada.DefaultRequestHeaders.Add(SessionAntiforgery.HeaderName, bob.DefaultRequestHeaders.GetValues(SessionAntiforgery.HeaderName));

        using var response = await ada.PostAsJsonAsync("/api/workspaces", new { name = "Forged" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("does not belong to this session", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_SessionWithoutAntiforgery_403()
    {
        var editor = await Host.CreateUserAsync("ed@example.com");
        await Host.AddMemberAsync(Demo, editor.Id, WorkspaceRole.Editor);
        var client = await Host.SignInAsync("ed@example.com");
        client.DefaultRequestHeaders.Remove(SessionAntiforgery.HeaderName);
        using var body = new StringContent("customer_id,activity,timestamp\nc1,a,2026-01-01T00:00:00Z\n");
        body.Headers.ContentType = new("text/csv");

        using var response = await client.PostAsync($"/api/workspaces/{Demo}/imports?fileName=events.csv", body);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Antiforgery", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_TooManyFromOneAddress_429()
    {
        var client = Host.Anonymous();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/account/sign-in", new { email = "x@example.com", password = "guess number " + i });
            codes.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, codes[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[^1]);
    }

    public void Dispose()
    {
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed record IdOnly(string Id);
}
