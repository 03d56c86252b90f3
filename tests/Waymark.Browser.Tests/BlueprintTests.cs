using Microsoft.Playwright;
using Waymark.Core.Maps;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// A blank service blueprint made from "New map" starts with its lanes, and the editor draws the blueprint's three
/// lines between them: interaction (customer | frontstage), visibility (frontstage | backstage) and internal
/// interaction (backstage | support processes).
/// </summary>
public sealed class BlueprintTests : BrowserTest
{
    public BlueprintTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task BlankServiceBlueprint_FirstStageAdded_ShowsItsLanesAndTheThreeLines()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        var name = $"Blank blueprint {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "New map" }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Name").FillAsync(name);
        await dialog.GetByRole(AriaRole.Radio, new LocatorGetByRoleOptions { Name = "Service blueprint" }).CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Create blank map" }).ClickAsync();

        await page.Locator("[data-testid=\"add-stage\"]").ClickAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(CompleteGridSelector).WaitForAsync();

        var titles = await page.Locator("[data-testid=\"lane-header\"]").AllInnerTextsAsync();
        Assert.Collection(
            titles,
            t => Assert.Contains("Physical evidence", t, StringComparison.Ordinal),
            t => Assert.Contains("Customer actions", t, StringComparison.Ordinal),
            t => Assert.Contains("Frontstage", t, StringComparison.Ordinal),
            t => Assert.Contains("Backstage", t, StringComparison.Ordinal),
            t => Assert.Contains("Support processes", t, StringComparison.Ordinal));
        var lines = page.Locator("[data-testid^=\"line-of-\"]");
        await Expect(lines).ToHaveCountAsync(3);
        Assert.Equal(
            ["line-of-interaction", "line-of-visibility", "line-of-internal-interaction"],
            await lines.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.testid)"));
        await Expect(lines.Nth(0)).ToContainTextAsync("Line of interaction");
        await Expect(lines.Nth(2)).ToContainTextAsync("Line of internal interaction");
        Assert.True(await IsBetweenAsync(page, lines.Nth(0), "Customer actions", "Frontstage"), "the line of interaction lies between the customer and the frontstage");
        Assert.True(await IsBetweenAsync(page, lines.Nth(2), "Backstage", "Support processes"), "the line of internal interaction lies between backstage and support");

        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var stored = await Api.GetMapAsync(id);
        Assert.Equal(MapKind.ServiceBlueprint, stored.Kind);
        await ScreenshotAsync(page, "blank-service-blueprint-1366");
        Assert.Empty(PageErrors);
    }

    /// <summary>True when the line is drawn below the lane titled <paramref name="above"/> and above <paramref name="below"/>.</summary>
    private static async Task<bool> IsBetweenAsync(IPage page, ILocator line, string above, string below)
    {
        var box = await line.BoundingBoxAsync();
        var top = await LaneHeader(page, above).BoundingBoxAsync();
        var bottom = await LaneHeader(page, below).BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.NotNull(top);
        Assert.NotNull(bottom);
        return box.Y >= top.Y + top.Height - 1 && box.Y + box.Height <= bottom.Y + 1;
    }

    private static ILocator LaneHeader(IPage page, string title) =>
        page.Locator("[data-testid=\"lane-header\"]").Filter(new LocatorFilterOptions { HasText = title });
}
