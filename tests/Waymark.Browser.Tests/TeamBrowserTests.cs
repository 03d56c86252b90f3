using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Issue 13's acceptance on real accounts: an owner invites a commenter by link; the commenter joins in a fresh
/// browser, reads a map without a single edit control (and a key that would edit changes nothing on the server),
/// comments on a step with an @mention picked from the list; the owner finds it in the inbox and resolves it.
/// And a comment link's guest comments on the shared map, which the owner then reads.
/// </summary>
public sealed class TeamBrowserTests : BrowserTest, IClassFixture<AccountsServer>
{
    private readonly AccountsServer _accounts;
    private readonly TeamPeople _people;

    public TeamBrowserTests(BrowserFixture fixture, AccountsServer accounts, ITestOutputHelper output)
        : base(fixture, output)
    {
        _accounts = accounts;
        _people = new TeamPeople(accounts.Server);
    }

    [Fact]
    public async Task Commenter_InvitedByLink_ReadsReadOnlyMentionsTheOwner_OwnerResolvesItFromTheInbox()
    {
        var mapId = await _people.MapIdAsync(0);
        var owner = await OwnerAsync();
        var link = await InviteCommenterAsync(owner);

        var cleo = await NewPageAsync(_accounts.Server.Address); // a fresh browser context: no cookie, no storage
        await JoinAsync(cleo, link);
        await Expect(cleo.GetByTestId("new-map")).ToHaveCountAsync(0);
        await Expect(cleo.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Activity" })).ToHaveCountAsync(0);
        await cleo.GotoAsync(_people.Url($"/maps/{mapId}"));
        await cleo.Locator(CompleteGridSelector).WaitForAsync();
        await AssertReadOnlyAsync(cleo, mapId);
        await cleo.ReloadAsync(); // the keys above scrolled the grid (Space); a fresh page shows the map as stored
        await cleo.Locator(CompleteGridSelector).WaitForAsync();
        await ScreenshotAsync(cleo, "commenter-read-only-editor");

        await CommentOnFirstStepAsync(cleo, "Can we shorten this? @Ad", "before the launch");

        await owner.GotoAsync(_people.Url("/"));
        await Expect(owner.GetByTestId("inbox-unread")).ToHaveTextAsync("1");
        await owner.GetByTestId("inbox-button").ClickAsync();
        var item = owner.GetByTestId("inbox-item");
        await Expect(item).ToContainTextAsync("Cleo Commenter mentioned you");
        await Expect(item).ToContainTextAsync("Step · ");
        await item.ClickAsync();
        await Expect(owner).ToHaveURLAsync(new Regex($"/maps/{mapId}$"));
        var thread = owner.GetByTestId("comment-thread");
        await Expect(thread.GetByTestId("comment-body")).ToHaveTextAsync("Can we shorten this? @Ada Lovelace before the launch");
        await owner.GetByTestId("resolve-thread").ClickAsync();
        await Expect(thread).ToContainTextAsync("Resolved by Ada Lovelace");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task CommentLinkGuest_CommentsOnTheSharedMap_OwnerReadsTheThread()
    {
        var mapId = await _people.MapIdAsync(1);
        var owner = await OwnerAsync();
        await OpenMapByIdAsync(owner, mapId);
        await owner.GetByTestId("share").ClickAsync();
        await owner.GetByRole(AriaRole.Dialog).GetByText("Comment and vote").First.ClickAsync();
        await owner.GetByTestId("share-create").ClickAsync();
        var url = await owner.GetByTestId("share-url").TextContentAsync();

        var guest = await NewPageAsync(_accounts.Server.Address);
        await guest.GotoAsync(url!);
        await guest.Locator(CompleteGridSelector).WaitForAsync();
        await Expect(guest.GetByTestId("access-badge")).ToHaveTextAsync("Can comment");
        await guest.GetByTestId("toggle-comments").ClickAsync();
        var composer = guest.GetByTestId("comment-composer");
        await composer.FillAsync("The sign-up step confuses me");
        await composer.PressAsync("Enter");
        await Expect(guest.GetByTestId("comment-thread").GetByTestId("comment-body")).ToHaveTextAsync("The sign-up step confuses me");
        await guest.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "← All threads" }).ClickAsync();
        await ScreenshotAsync(guest, "guest-comments");

        await owner.ReloadAsync();
        await owner.Locator(ReadyGridSelector).WaitForAsync();
        await owner.GetByTestId("toggle-comments").ClickAsync();
        var card = owner.GetByTestId("thread-card");
        await Expect(card).ToContainTextAsync("The sign-up step confuses me");
        await card.ClickAsync();
        await Expect(owner.GetByTestId("comment-thread").GetByText("guest", new LocatorGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        Assert.Empty(PageErrors);
    }

    /// <summary>Ada, made owner of the demo workspace, signed in on a page of her own.</summary>
    private async Task<IPage> OwnerAsync()
    {
        await _people.MakeAdaOwnerAsync();
        var owner = await NewPageAsync(_accounts.Server.Address);
        await _people.SignInAsync(owner, AccountsServer.Email, AccountsServer.Password, "Ada Lovelace");
        return owner;
    }

    /// <summary>The owner's invite dialog: a commenter invitation by link; the link it shows once.</summary>
    private async Task<string> InviteCommenterAsync(IPage owner)
    {
        await owner.GotoAsync(_people.Url("/members"));
        await owner.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Invite people" }).ClickAsync();
        await owner.GetByRole(AriaRole.Radio, new PageGetByRoleOptions { Name = "Commenter" }).CheckAsync();
        await owner.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create invitation" }).ClickAsync();
        var link = await owner.GetByTestId("invitation-link").TextContentAsync();
        await owner.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Done" }).ClickAsync();
        return link!;
    }

    private static async Task JoinAsync(IPage page, string link)
    {
        await page.GotoAsync(link);
        await page.GetByLabel("Your name").FillAsync("Cleo Commenter");
        await page.GetByLabel("Email").FillAsync("cleo@example.com");
        await page.GetByLabel("Password (at least 10 characters)").FillAsync("a long commenter password");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create account and join" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Account: Cleo Commenter" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// No control that changes the map is drawn, and the keys that edit for an editor (Enter and typing in a cell,
    /// Delete, undo, save) change nothing: no save is even tried, and the stored map keeps its version.
    /// </summary>
    private async Task AssertReadOnlyAsync(IPage page, string mapId)
    {
        var saves = 0;
        page.Request += (_, request) =>
        {
            if (request.Method != "GET" && request.Url.EndsWith($"/maps/{mapId}", StringComparison.Ordinal))
            {
                saves++;
            }
        };
        var version = await _people.MapVersionAsync(mapId);
        await Expect(page.Locator("[data-testid=\"map-grid\"][data-readonly=\"true\"]")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("access-badge")).ToHaveTextAsync("Can comment");
        foreach (var control in new[] { "map-name", "undo", "redo", "share", "voting", "add-lane", "add-step" })
        {
            await Expect(page.Locator($"[data-testid=\"{control}\"]:visible")).ToHaveCountAsync(0);
        }

        await AssertSidePanelReadOnlyAsync(page);

        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = new Regex("^Lane .* actions$") })).ToHaveCountAsync(0);
        var cell = page.Locator("[data-testid^=\"cell-\"]").First;
        var before = await cell.InnerTextAsync();
        await cell.ClickAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("typed by a commenter");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.PressAsync("ControlOrMeta+z");
        await page.Keyboard.PressAsync("ControlOrMeta+s");
        await Expect(page.Locator("[data-testid=\"map-grid\"] textarea")).ToHaveCountAsync(0);
        Assert.Equal(before, await cell.InnerTextAsync());
        await Task.Delay(2500); // longer than the autosave's wait
        Assert.Equal(0, saves);
        Assert.Equal(version, await _people.MapVersionAsync(mapId));
    }

    /// <summary>A reader opens the map's scope and personas to read them: every field disabled, nothing to add or remove.</summary>
    private static async Task AssertSidePanelReadOnlyAsync(IPage page)
    {
        await page.GetByTestId("toggle-panel").ClickAsync();
        var panel = page.GetByTestId("side-panel");
        await Expect(panel).ToContainTextAsync("Read only");
        var fields = panel.Locator("input, textarea, select");
        Assert.True(await fields.CountAsync() > 0, "the scope panel shows the map's scope fields");
        Assert.Equal(0, await panel.Locator("input:enabled, textarea:enabled, select:enabled").CountAsync());
        await panel.GetByRole(AriaRole.Tab, new LocatorGetByRoleOptions { Name = "Personas" }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "New persona" })).ToHaveCountAsync(0);
        await Expect(panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add from library" })).ToHaveCountAsync(0);
        await Expect(panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Remove from map" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Close the side panel" }).ClickAsync();
    }

    /// <summary>The first step's menu offers the comment only; the @ list offers the owner; the thread shows.</summary>
    private static async Task CommentOnFirstStepAsync(IPage page, string typed, string after)
    {
        var header = page.GetByTestId("step-header").First;
        await header.GetByTestId("step-menu").ClickAsync();
        var menu = page.GetByRole(AriaRole.Menu);
        await Expect(menu.GetByRole(AriaRole.Menuitem)).ToHaveTextAsync(["Comment on step…"]);
        await menu.GetByRole(AriaRole.Menuitem).ClickAsync();
        var composer = page.GetByTestId("comment-composer");
        await composer.PressSequentiallyAsync(typed);
        await Expect(page.GetByTestId("mention-list")).ToContainTextAsync("Ada Lovelace");
        await composer.PressAsync("Enter");
        await composer.PressSequentiallyAsync(after);
        await composer.PressAsync("Enter");
        await Expect(page.GetByTestId("comment-thread").GetByTestId("comment-body")).ToHaveTextAsync($"{typed[..typed.IndexOf('@', StringComparison.Ordinal)]}@Ada Lovelace {after}");
    }
}
