using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Security;
using Waymark.Testing;

namespace Waymark.Browser.Tests;

/// <summary>
/// A server of its own with accounts on for the security tests: one workspace, <see cref="Ws"/>, owned by Olive, with
/// Eddie as editor. Both the workspace's name and Eddie's name are hostile markup, as anyone may type them.
/// </summary>
public sealed class SecurityServer : IAsyncLifetime
{
    public const string Ws = "ws_team";
    public const string OwnerEmail = "olive@example.com";
    public const string EditorEmail = "eddie@example.com";
    public const string Password = "a long security password";
    public const string OwnerName = "Olive Owner";

    /// <summary>Markup that sets window.__pwned if any of it is ever parsed as HTML and run.</summary>
    public const string Hostile = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";

    public const string WorkspaceName = "Team " + Hostile;
    public const string EditorName = "Eddie " + Hostile;

    private LiveWaymarkServer? _server;

    public LiveWaymarkServer Server => _server!;

    public string EditorId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _server = await LiveWaymarkServer.StartAsync("--Database:Provider=Sqlite", "--Demo:Seed=false", $"--Spa:Root={WaymarkTestServer.WebDist}",
            "--Auth:Accounts=true", "--Auth:SignInsPerMinute=10000");
        using var scope = _server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        db.Workspaces.Add(new WorkspaceEntity { Id = Ws, Name = WorkspaceName, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        var owner = await CreateAsync(scope.ServiceProvider, OwnerEmail, OwnerName);
        var editor = await CreateAsync(scope.ServiceProvider, EditorEmail, EditorName);
        EditorId = editor.Id;
        db.WorkspaceMembers.Add(new WorkspaceMemberEntity { WorkspaceId = Ws, UserId = owner.Id, Role = MemberRoles.Owner, JoinedAt = DateTime.UtcNow });
        db.WorkspaceMembers.Add(new WorkspaceMemberEntity { WorkspaceId = Ws, UserId = editor.Id, Role = MemberRoles.Editor, JoinedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>A client signed in through the account API, sending the client header and antiforgery token as the web app does.</summary>
    public async Task<HttpClient> SignInAsync(string email = OwnerEmail, string password = Password)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Server.Address };
        http.DefaultRequestHeaders.Add(ClientHeader.Name, "tests");
        using var response = await http.PostAsJsonAsync("/api/account/sign-in", new { email, password });
        Assert.True(response.IsSuccessStatusCode, $"sign in as {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("antiforgeryToken").GetString();
        http.DefaultRequestHeaders.Add(SessionAntiforgery.HeaderName, token);
        return http;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static async Task<WaymarkUser> CreateAsync(IServiceProvider services, string email, string name)
    {
        var users = services.GetRequiredService<UserManager<WaymarkUser>>();
        var user = new WaymarkUser { UserName = email, Email = email, DisplayName = name, CreatedAt = DateTime.UtcNow };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        return user;
    }
}
