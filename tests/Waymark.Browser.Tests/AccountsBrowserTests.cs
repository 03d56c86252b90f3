using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Accounts;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>A server of its own with accounts on (the shared one runs without), for signing in through the page.</summary>
public sealed class AccountsServer : IAsyncLifetime
{
    public const string Email = "ada@example.com";
    public const string Password = "a long browser password";
    private LiveWaymarkServer? _server;

    public LiveWaymarkServer Server => _server!;

    public async Task InitializeAsync()
    {
        _server = await LiveWaymarkServer.StartAsync("--Database:Provider=Sqlite", "--Demo:Seed=true", $"--Spa:Root={WaymarkTestServer.WebDist}",
            "--Auth:Accounts=true");
        using var scope = _server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WaymarkUser>>();
        var ada = new WaymarkUser { UserName = Email, Email = Email, DisplayName = "Ada Lovelace", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(ada, Password)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        db.WorkspaceMembers.Add(new WorkspaceMemberEntity { WorkspaceId = "demo", UserId = ada.Id, Role = MemberRoles.Editor, JoinedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>A fresh one-time link token for the first-start owner (as the console or `waymark users reset-password` prints).</summary>
    public async Task<string> OwnerLinkTokenAsync()
    {
        using var scope = Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var owner = db.Users.Single(u => u.Email == "owner@localhost");
        return await SignInLinks.CreateAsync(db, owner.Id, SignInLinks.Reset, TimeSpan.FromMinutes(10), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

/// <summary>Signing in through the page: a workspace page asks for it and comes back; a one-time link signs in at once.</summary>
public sealed class AccountsBrowserTests : BrowserTest, IClassFixture<AccountsServer>
{
    private readonly AccountsServer _accounts;

    public AccountsBrowserTests(BrowserFixture fixture, AccountsServer accounts, ITestOutputHelper output)
        : base(fixture, output)
    {
        _accounts = accounts;
    }

    [Fact]
    public async Task SignIn_ThroughThePage_ReturnsToThePageAsked()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(_accounts.Server.Address, "/personas").ToString());
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?next=%2Fpersonas$"));
        await page.GetByLabel("Email").FillAsync(AccountsServer.Email);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or the password is wrong.");
        await ScreenshotAsync(page, "sign-in-error");

        await page.GetByLabel("Password").FillAsync(AccountsServer.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/personas$"));
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Account: Ada Lovelace" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "signed-in");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Account: Ada Lovelace" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Sign out", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin$"));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task LinkSignIn_FromTheFragment_SignsInAndAsksForAPassword()
    {
        var page = await NewPageAsync();
        var token = await _accounts.OwnerLinkTokenAsync();

        await page.GotoAsync(new Uri(_accounts.Server.Address, "/signin#token=" + token).ToString());

        await Expect(page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { Name = "Choose a password" })).ToBeVisibleAsync();
        Assert.DoesNotContain(token, page.Url, StringComparison.Ordinal);
        await ScreenshotAsync(page, "choose-password");
        Assert.Empty(PageErrors);
    }
}
