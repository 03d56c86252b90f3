using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Comments in the editor, as the local owner: a thread started from a step's menu, replied to, resolved and found
/// again through the filter, with the step's badge counting it; a thread on a cell from its context menu; and text
/// that looks like markup shown as typed, never run.
/// </summary>
public sealed class CommentsTests : BrowserTest
{
    public const string Hostile = "<script>window.__pwned=1</script> <img src=x onerror=\"window.__pwned=2\"> javascript:window.__pwned=3";

    public CommentsTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task StepThread_StartedRepliedResolved_FilteredAndCountedOnTheStep()
    {
        var (page, _) = await OpenFreshMapAsync("Comments");
        var step = StepHeader(page, AcceptanceMap.Search);

        await step.Locator("[data-testid=\"step-menu\"]").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Comment on step…" }).ClickAsync();
        await Expect(Composer(page)).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Why do people leave here?");
        await page.Keyboard.PressAsync("Shift+Enter");
        await page.Keyboard.TypeAsync("Half of them never compare.");
        await page.Keyboard.PressAsync("Enter");
        var thread = page.Locator("[data-testid=\"comment-thread\"]");
        await Expect(thread.Locator("[data-testid=\"comment-body\"]")).ToHaveTextAsync("Why do people leave here?\nHalf of them never compare.");
        await Expect(step.Locator("[data-testid=\"comment-badge\"]")).ToHaveTextAsync("1");
        await Composer(page).FillAsync("Because the prices are hidden");
        await Composer(page).PressAsync("Enter");
        await Expect(thread.Locator("[data-testid=\"comment\"]")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=\"toggle-comments\"]")).ToHaveTextAsync("1");
        await ScreenshotAsync(page, "comment-thread");
        Assert.Empty(await AccessibilityTests.RunAxeAsync(page, "[data-testid=\"comments-panel\"]"));

        await page.Locator("[data-testid=\"resolve-thread\"]").ClickAsync();
        await Expect(thread).ToContainTextAsync("Resolved by You");
        await Expect(step.Locator("[data-testid=\"comment-badge\"]")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "← All threads" }).ClickAsync();
        await page.Locator("[data-testid=\"filter-open\"]").ClickAsync();
        await Expect(page.Locator("[data-testid=\"thread-card\"]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=\"comments-panel\"]")).ToContainTextAsync("No open threads");
        await page.Locator("[data-testid=\"filter-resolved\"]").ClickAsync();
        await Expect(page.Locator("[data-testid=\"thread-card\"]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=\"thread-card\"]")).ToContainTextAsync("Step · Searches");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("[data-testid=\"comments-panel\"]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=\"toggle-comments\"]")).ToBeFocusedAsync();
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Cell_ContextMenu_StartsAThreadCountedOnTheCell()
    {
        var (page, _) = await OpenFreshMapAsync("Cell comments");
        var cell = Cell(page, AcceptanceMap.Actions, AcceptanceMap.Compare);

        await cell.ClickAsync(new LocatorClickOptions { Button = MouseButton.Right, Position = new Position { X = 8, Y = 8 } });
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Comment on this cell…" }).ClickAsync();
        await Expect(page.Locator("[data-testid=\"comments-panel\"]")).ToContainTextAsync("Customer actions · Compares offers");
        await page.Keyboard.TypeAsync("Evidence?");
        await page.Keyboard.PressAsync("Enter");

        await Expect(cell.Locator("[data-testid=\"comment-badge\"]")).ToHaveTextAsync("1");
        await Expect(page.Locator("[data-testid=\"comment-thread\"]")).ToContainTextAsync("Cell · Customer actions · Compares offers");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task CommentBody_ScriptImageAndJavascriptText_ShownAsTypedAndNothingRuns()
    {
        var (page, _) = await OpenFreshMapAsync("Hostile comments");
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.Locator("[data-testid=\"toggle-comments\"]").ClickAsync();
        await Composer(page).FillAsync(Hostile);
        await Composer(page).PressAsync("Enter");
        var body = page.Locator("[data-testid=\"comment-thread\"] [data-testid=\"comment-body\"]");
        await Expect(body).ToHaveTextAsync(Hostile);
        await page.Locator("[data-testid=\"comment-thread\"]").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "← All threads" }).ClickAsync();
        await Expect(page.Locator("[data-testid=\"thread-card\"]")).ToContainTextAsync(new Regex(Regex.Escape("<script>")));
        await page.WaitForTimeoutAsync(300);

        Assert.Equal(0, await page.Locator("[data-testid=\"comments-panel\"] img").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=\"comments-panel\"] script").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=\"comments-panel\"] a").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, dialogs);
        Assert.Empty(PageErrors);
    }

    private static ILocator Composer(IPage page) =>
        page.Locator("[data-testid=\"comments-panel\"] [data-testid=\"comment-composer\"]").First;
}
