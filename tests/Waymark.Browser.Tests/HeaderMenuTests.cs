using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// A step's "⋯" menu in a grid that has been scrolled: it opens and stays beside its button. It used to close as it
/// opened, because focusing the header scrolled the grid and the menu closed on any scroll.
/// </summary>
public sealed class HeaderMenuTests : BrowserTest
{
    public HeaderMenuTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task StepMenu_InAScrolledGrid_OpensAndFollowsItsButton()
    {
        var page = await NewPageAsync();
        await OpenMapAsync(page, "B2B business bank account opening");
        var grid = page.Locator("[data-testid=\"map-grid\"]");
        await grid.EvaluateAsync("g => { g.scrollTop = 300; g.scrollLeft = 150; }");
        var trigger = page.Locator("[data-testid=\"step-menu\"]").Nth(2);

        await trigger.ClickAsync();

        var menu = page.GetByRole(AriaRole.Menu);
        await Expect(menu).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(300);
        await Expect(menu).ToBeVisibleAsync();
        await AssertBesideAsync(trigger, menu);

        // Scrolling the grid sideways moves the button; the menu goes with it.
        await grid.EvaluateAsync("g => { g.scrollLeft += 120; }");
        await Expect(menu).ToBeVisibleAsync();
        await AssertBesideAsync(trigger, menu);

        // Scrolled until the button is out of view, the menu closes.
        await grid.EvaluateAsync("g => { g.scrollLeft = g.scrollWidth; }");
        await Expect(menu).ToBeHiddenAsync();
        Assert.Empty(PageErrors);
    }

    private static async Task AssertBesideAsync(ILocator trigger, ILocator menu)
    {
        await trigger.Page.WaitForTimeoutAsync(100);
        var button = await trigger.BoundingBoxAsync() ?? throw new InvalidOperationException("the menu's button is not drawn");
        var box = await menu.BoundingBoxAsync() ?? throw new InvalidOperationException("the menu is not drawn");
        Assert.InRange(box.X - button.X, -1, 1);
        Assert.InRange(box.Y - (button.Y + button.Height), 0, 8);
    }
}
