using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The pages and dialogs that only a server with accounts on shows (sign-in, passwords, members and invitations),
/// checked with axe against WCAG 2.0/2.1 A and AA on a server of this class's own, where Ada owns the workspace.
/// A new accounts page or dialog adds its name to <see cref="Screens"/> and a case to <see cref="OpenAsync"/>.
/// </summary>
[Collection(BrowserCollection.Second)]
public sealed class AccessibilityAccountsTests : BrowserTest, IClassFixture<AccountsServer>
{
    private readonly AccountsServer _accounts;
    private readonly TeamPeople _people;

    public AccessibilityAccountsTests(BrowserFixture fixture, AccountsServer accounts, ITestOutputHelper output)
        : base(fixture, output)
    {
        _accounts = accounts;
        _people = new TeamPeople(accounts.Server);
    }

    public static TheoryData<string> Screens => new()
    {
        "signin", "signin-refused", "forgot-password", "reset-password", "members", "account-menu", "change-password",
        "invite-member", "invitation-ready", "invitation-page", "shared-passcode",
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Screen_CheckedWithAxe_HasNoWcagAaViolations(string name)
    {
        var page = await NewPageAsync(_accounts.Server.Address);
        await OpenAsync(page, name);

        var violations = await AxeCheck.ViolationsAsync(page, name);

        AxeCheck.AssertNone(name, violations);
        Assert.Empty(PageErrors);
    }

    private async Task OpenAsync(IPage page, string name)
    {
        switch (name)
        {
            case "signin":
            case "forgot-password":
            case "reset-password":
                await page.GotoAsync(name == "signin" ? "/signin" : $"/{name}");
                await page.GetByRole(AriaRole.Main).WaitForAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                break;
            case "signin-refused":
                await page.GotoAsync("/signin");
                await page.GetByLabel("Email").FillAsync(AccountsServer.Email);
                await page.GetByLabel("Password").FillAsync("not the password");
                await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
                break;
            case "invitation-page":
                var owner = await NewPageAsync(_accounts.Server.Address);
                await SignInAsOwnerAsync(owner);
                await page.GotoAsync(await CreateInvitationAsync(owner)); // this page has no session: the invitee's view
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Join Demo workspace" })).ToBeVisibleAsync();
                break;
            case "shared-passcode":
                await page.GotoAsync(await PasscodeLinkAsync());
                await Expect(page.GetByTestId("guest-passcode")).ToBeVisibleAsync();
                break;
            default:
                await OpenSignedInAsync(page, name);
                break;
        }
    }

    private async Task OpenSignedInAsync(IPage page, string name)
    {
        await SignInAsOwnerAsync(page);
        switch (name)
        {
            case "members":
                await page.GotoAsync("/members");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Members", Exact = true })).ToBeVisibleAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                break;
            case "account-menu":
                await page.GetByRole(AriaRole.Button, new() { Name = "Account: Ada Lovelace" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Menu)).ToBeVisibleAsync();
                break;
            case "change-password":
                await page.GetByRole(AriaRole.Button, new() { Name = "Account: Ada Lovelace" }).ClickAsync();
                await page.GetByRole(AriaRole.Menuitem, new() { NameRegex = new("password") }).ClickAsync();
                await Expect(page.Locator("dialog[open]")).ToBeVisibleAsync();
                break;
            case "invite-member":
                await page.GotoAsync("/members");
                await page.GetByRole(AriaRole.Button, new() { Name = "Invite people" }).ClickAsync();
                await Expect(page.Locator("dialog[open]")).ToBeVisibleAsync();
                break;
            case "invitation-ready":
                await CreateInvitationAsync(page, done: false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "unknown screen: add it to OpenAsync");
        }
    }

    private async Task SignInAsOwnerAsync(IPage page)
    {
        await _people.MakeAdaOwnerAsync();
        await _people.SignInAsync(page, AccountsServer.Email, AccountsServer.Password, "Ada Lovelace");
    }

    /// <summary>A share link with a passcode, made by Ada through the API: a guest who opens it is asked for the passcode.</summary>
    private async Task<string> PasscodeLinkAsync()
    {
        await _people.MakeAdaOwnerAsync();
        using var http = await _people.ClientAsync(AccountsServer.Email, AccountsServer.Password);
        var mapId = await _people.MapIdAsync(0);
        using var response = await http.PostAsJsonAsync($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/share-links",
            new { access = "view", passcode = "tangerine", includesData = false });
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("path").GetString()!;
    }

    /// <summary>Creates an invitation through the Members page's dialog and returns its link.</summary>
    private static async Task<string> CreateInvitationAsync(IPage page, bool done = true)
    {
        await page.GotoAsync("/members");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite people" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }).ClickAsync();
        var link = await page.GetByTestId("invitation-link").TextContentAsync();
        if (done)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        }

        return link!;
    }
}
