using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Waymark.Data;
using Waymark.Data.Entities;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// An owner invites a second person as commenter by link; that person opens the link in a fresh browser, creates an
/// account on the invitation page, joins, and reads the workspace as a commenter.
/// </summary>
public sealed class MembersBrowserTests : BrowserTest, IClassFixture<AccountsServer>
{
    private readonly AccountsServer _accounts;

    public MembersBrowserTests(BrowserFixture fixture, AccountsServer accounts, ITestOutputHelper output)
        : base(fixture, output)
    {
        _accounts = accounts;
    }

    [Fact]
    public async Task InviteByLink_SecondPersonJoinsAsCommenter_ReadsWithoutOwnerControls()
    {
        await MakeAdaOwnerAsync();
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
        await guest.GotoAsync(Url($"/maps/{await FirstMapIdAsync()}"));
        await guest.Locator(ReadyGridSelector).WaitForAsync();

        await owner.ReloadAsync();
        await Expect(owner.Locator("tr", new PageLocatorOptions { HasText = "Cleo Commenter" })).ToBeVisibleAsync();
        await Expect(owner.GetByText("No pending invitations")).ToBeVisibleAsync();
        await ScreenshotAsync(owner, "members-page");
        Assert.Empty(PageErrors);
    }

    private string Url(string path) => new Uri(_accounts.Server.Address, path).ToString();

    /// <summary>The fixture's Ada is an editor of the demo workspace; here she owns it (this class has its own server).</summary>
    private async Task MakeAdaOwnerAsync()
    {
        using var scope = _accounts.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var ada = await db.Users.Where(u => u.Email == AccountsServer.Email).Select(u => u.Id).SingleAsync();
        await db.WorkspaceMembers.Where(m => m.UserId == ada && m.WorkspaceId == WaymarkApi.DemoWorkspace)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Role, MemberRoles.Owner));
    }

    private async Task<string> FirstMapIdAsync()
    {
        using var scope = _accounts.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        return await db.Maps.Where(m => m.WorkspaceId == WaymarkApi.DemoWorkspace).OrderBy(m => m.Name).Select(m => m.Id).FirstAsync();
    }

    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(Url("/signin"));
        await page.GetByLabel("Email").FillAsync(AccountsServer.Email);
        await page.GetByLabel("Password").FillAsync(AccountsServer.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Account: Ada Lovelace" })).ToBeVisibleAsync();
    }
}
