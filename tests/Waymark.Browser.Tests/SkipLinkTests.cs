using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Keyboard users reach the map without tabbing through every bar: the first Tab shows "Skip to map", Enter lands on
/// the grid's active cell. Other pages skip to their content. Landmarks are one banner, one main, labelled panels.
/// </summary>
public sealed class SkipLinkTests : BrowserTest
{
    /// <summary>Tab and Enter presses from page load to the grid: the skip link makes it two (it was 52 Tabs).</summary>
    private const int MostKeysToTheGrid = 5;

    public SkipLinkTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task Editor_FromPageLoad_ReachesTheGridInAFewKeys()
    {
        var page = await NewPageAsync();
        await OpenMapAsync(page, "B2B business bank account opening");

        var keys = await KeysToTheGridAsync(page);

        Assert.True(keys <= MostKeysToTheGrid, $"{keys} key presses from page load to a cell of the grid (at most {MostKeysToTheGrid})");
        Output.WriteLine($"keys from page load to the grid: {keys}");
        Assert.Equal("0", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('tabindex')"));
        Assert.Equal("0", await page.EvaluateAsync<string>("() => document.activeElement.dataset.row"));
        await page.Keyboard.PressAsync("ArrowRight"); // the grid's own keys work from where the link landed
        Assert.Equal("1", await page.EvaluateAsync<string>("() => document.activeElement.dataset.col"));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task SkipLink_Focused_IsTheFirstTabStopAndVisible()
    {
        var page = await NewPageAsync();
        await OpenMapAsync(page, "B2B business bank account opening");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Skip to map" });
        Assert.True((await link.BoundingBoxAsync())!.Y + (await link.BoundingBoxAsync())!.Height <= 0, "hidden above the page until focused");

        await page.Keyboard.PressAsync("Tab");

        await Expect(link).ToBeFocusedAsync();
        var box = (await link.BoundingBoxAsync())!;
        Assert.True(box.Y >= 0 && box.X >= 0 && box.Height >= 24, $"the focused skip link is on screen: {box.X},{box.Y} {box.Width}x{box.Height}");
        await ScreenshotAsync(page, "skip-link-focused");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/templates")]
    [InlineData("/data")]
    public async Task SkipToContent_Activated_FocusesTheMainContent(string path)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(path);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab"); // the next stop is inside the content, past the header's links
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("editor")]
    public async Task Landmarks_OnePage_AreOneBannerOneMainAndLabelledPanels(string where)
    {
        var page = await NewPageAsync();
        if (where == "editor")
        {
            await OpenMapAsync(page, "Service blueprint: click and collect");
            await page.GetByTestId("toggle-panel").ClickAsync();
            await page.GetByTestId("toggle-comments").ClickAsync();
        }
        else
        {
            await page.GotoAsync(where);
            await page.GetByRole(AriaRole.Main).WaitForAsync();
        }

        await Expect(page.GetByRole(AriaRole.Banner)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        // Each complementary panel has a name of its own, so a screen reader's landmark list tells them apart.
        var names = await page.GetByRole(AriaRole.Complementary).EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('aria-label') || '')");
        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        var landmarkRules = await AxeCheck.LandmarkViolationsAsync(page, where);
        AxeCheck.AssertNone(where, landmarkRules);
    }

    /// <summary>
    /// Presses Tab until focus is on a cell of the grid, and Enter once on a "Skip to map" link when one has focus (as
    /// a keyboard user would); counts the presses. Gives up after 80.
    /// </summary>
    private static async Task<int> KeysToTheGridAsync(IPage page)
    {
        for (var keys = 1; keys <= 80; keys++)
        {
            var onSkipLink = await page.EvaluateAsync<bool>("() => document.activeElement?.textContent === 'Skip to map'");
            await page.Keyboard.PressAsync(onSkipLink ? "Enter" : "Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement?.getAttribute('role') === 'gridcell'"))
            {
                return keys;
            }
        }

        return int.MaxValue;
    }
}
