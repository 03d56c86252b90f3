using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>A server of its own with accounts on and an owner of the demo workspace, for the members page.</summary>
public sealed class MembersServer : IAsyncLifetime
{
    public const string Email = "olive@example.com";
    public const string Password = "a long owner password";
    private LiveWaymarkServer? _server;

    public LiveWaymarkServer Server => _server!;

    public async Task InitializeAsync()
    {
        _server = await LiveWaymarkServer.StartAsync("--Database:Provider=Sqlite", "--Demo:Seed=true", $"--Spa:Root={WaymarkTestServer.WebDist}",
            "--Auth:Accounts=true");
        using var scope = _server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WaymarkUser>>();
        var olive = new WaymarkUser { UserName = Email, Email = Email, DisplayName = "Olive Owner", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(olive, Password)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        db.WorkspaceMembers.Add(new WorkspaceMemberEntity { WorkspaceId = WaymarkApi.DemoWorkspace, UserId = olive.Id, Role = MemberRoles.Owner, JoinedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    public async Task<string> FirstMapIdAsync()
    {
        using var scope = Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        return await db.Maps.Where(m => m.WorkspaceId == WaymarkApi.DemoWorkspace).OrderBy(m => m.Name).Select(m => m.Id).FirstAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

/// <summary>
/// An owner invites a second person as commenter by link; that person opens the link in a fresh browser, creates an
/// account on the invitation page, joins, and reads the workspace as a commenter.
/// </summary>
public sealed class MembersBrowserTests : BrowserTest, IClassFixture<MembersServer>
{
    private readonly MembersServer _members;

    public MembersBrowserTests(BrowserFixture fixture, MembersServer members, ITestOutputHelper output)
        : base(fixture, output)
    {
        _members = members;
    }

    [Fact]
    public async Task InviteByLink_SecondPersonJoinsAsCommenter_ReadsWithoutOwnerControls()
    {
        var owner = await NewPageAsync();
        await SignInAsync(owner);
        await owner.GotoAsync(Url("/members"));
        await Expect(owner.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Members", Exact = true })).ToBeVisibleAsync();
        await owner.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Invite people" }).ClickAsync();
        await owner.GetByRole(AriaRole.Radio, new PageGetByRoleOptions { Name = "Commenter" }).CheckAsync();
        await ScreenshotAsync(owner, "members-invite-dialog");
        await owner.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create invitation" }).ClickAsync();
        var link = await owner.GetByTestId("invitation-link").TextContentAsync();
        Assert.Contains("/invite#token=inv_", link, StringComparison.Ordinal);
        await owner.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Done" }).ClickAsync();
        await Expect(owner.GetByText("Anyone with the link")).ToBeVisibleAsync();

        var guest = await NewPageAsync(); // a fresh browser context: no cookie, no storage
        await guest.GotoAsync(link!);
        await Expect(guest.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Join Demo workspace" })).ToBeVisibleAsync();
        Assert.DoesNotContain("token", guest.Url, StringComparison.Ordinal);
        await guest.GetByLabel("Your name").FillAsync("Cleo Commenter");
        await guest.GetByLabel("Email").FillAsync("cleo@example.com");
        await guest.GetByLabel("Password (at least 10 characters)").FillAsync("a long commenter password");
        await ScreenshotAsync(guest, "invitation-accept");
        await guest.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create account and join" }).ClickAsync();
        await Expect(guest.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Account: Cleo Commenter" })).ToBeVisibleAsync();

        await guest.GotoAsync(Url("/members"));
        var cleo = guest.Locator("tr", new PageLocatorOptions { HasText = "Cleo Commenter" });
        await Expect(cleo.GetByText("Commenter", new LocatorGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        await Expect(guest.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Invite people" })).ToHaveCountAsync(0);
        await Expect(guest.GetByRole(AriaRole.Combobox)).ToHaveCountAsync(0);
        await guest.GotoAsync(Url($"/maps/{await _members.FirstMapIdAsync()}"));
        await guest.Locator(ReadyGridSelector).WaitForAsync();

        await owner.ReloadAsync();
        await Expect(owner.Locator("tr", new PageLocatorOptions { HasText = "Cleo Commenter" })).ToBeVisibleAsync();
        await Expect(owner.GetByText("No pending invitations")).ToBeVisibleAsync();
        await ScreenshotAsync(owner, "members-page");
        Assert.Empty(PageErrors);
    }

    private string Url(string path) => new Uri(_members.Server.Address, path).ToString();

    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(Url("/signin"));
        await page.GetByLabel("Email").FillAsync(MembersServer.Email);
        await page.GetByLabel("Password").FillAsync(MembersServer.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Account: Olive Owner" })).ToBeVisibleAsync();
    }
}
