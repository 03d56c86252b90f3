using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Accounts;
using Waymark.Server.Features.Security;
using Waymark.Testing;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Real people on a server with accounts on (<see cref="AccountsServer"/>): make them, give them a role in the demo
/// workspace, sign them in through the page or as an HTTP client with their session cookie and antiforgery token.
/// </summary>
public sealed class TeamPeople(LiveWaymarkServer server)
{
    public const string Password = "a long team password";

    public string Url(string path) => new Uri(server.Address, path).ToString();

    /// <summary>A new account (its display name as given, markup included) with a role in the demo workspace.</summary>
    public async Task<string> AddAsync(string email, string name, string role)
    {
        using var scope = server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WaymarkUser>>();
        var user = new WaymarkUser { UserName = email, Email = email, DisplayName = name, CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        db.WorkspaceMembers.Add(new WorkspaceMemberEntity { WorkspaceId = WaymarkApi.DemoWorkspace, UserId = user.Id, Role = role, JoinedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>The fixture's Ada is an editor of the demo workspace; here she owns it (each test class has its own server).</summary>
    public async Task MakeAdaOwnerAsync()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var ada = await db.Users.Where(u => u.Email == AccountsServer.Email).Select(u => u.Id).SingleAsync();
        await db.WorkspaceMembers.Where(m => m.UserId == ada && m.WorkspaceId == WaymarkApi.DemoWorkspace)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Role, MemberRoles.Owner));
    }

    /// <summary>The demo workspace's maps by name: the one at <paramref name="index"/>.</summary>
    public async Task<string> MapIdAsync(int index)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        return await db.Maps.Where(m => m.WorkspaceId == WaymarkApi.DemoWorkspace).OrderBy(m => m.Name).Select(m => m.Id).Skip(index).FirstAsync();
    }

    /// <summary>The stored map's version: it moves with every save that gets through.</summary>
    public async Task<int> MapVersionAsync(string mapId)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        return await db.Maps.Where(m => m.Id == mapId).Select(m => m.Version).SingleAsync();
    }

    /// <summary>Signs in on the sign-in page and waits for the account menu.</summary>
    public async Task SignInAsync(IPage page, string email, string password, string name)
    {
        await page.GotoAsync(Url("/signin"));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"Account: {name}" })).ToBeVisibleAsync();
    }

    /// <summary>An HTTP client signed in as this person: session cookie, antiforgery header and the client header.</summary>
    public async Task<HttpClient> ClientAsync(string email, string password = Password)
    {
        var http = WaymarkHttp.Client(server.Address);
        using var response = await http.PostAsJsonAsync("/api/account/sign-in", new { email, password });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var account = await response.Content.ReadFromJsonAsync<AccountDto>();
        http.DefaultRequestHeaders.Add(SessionAntiforgery.HeaderName, account!.AntiforgeryToken);
        return http;
    }
}
