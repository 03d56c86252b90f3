using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// What-if on the map (issue 19 item 6): opened from a step's menu, it asks about that step; changing the points (the
/// number field, then the slider by keyboard) shows the projection GET …/what-if gives; the wait question too; the
/// panel's pictures at 1366x768.
/// </summary>
public sealed class WhatIfTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task WhatIf_FromAStepsMenu_ShowsTheApisProjection()
    {
        var (_, mapId) = await AttributionData.CreateAsync(Api, "What if");
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);
        await OverlayData.ShowAllTimeAsync(page);

        var header = page.Locator($"[data-testid=\"map-grid\"] [data-testid=\"step-header\"][data-step-id=\"{Compare}\"]");
        await header.Locator("[data-testid=\"step-menu\"]").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "What if…" }).ClickAsync();
        var panel = page.Locator("[data-testid=\"whatif-panel\"]");
        await Expect(panel.Locator("[data-testid=\"whatif-step\"]")).ToHaveValueAsync(Compare);
        await Expect(panel.Locator("[data-testid=\"whatif-answer\"]")).ToBeVisibleAsync(new() { Timeout = 20_000 });

        await panel.Locator("[data-testid=\"whatif-points\"]").FillAsync("10");
        var ten = await AnswerAsync(mapId, "kind=conversion&points=10");
        await ExpectProjectionAsync(panel, ten);
        await Expect(panel.Locator("[data-testid=\"whatif-measured\"]")).ToContainTextAsync(Count(ten.GetProperty("measured").GetProperty("outcome").GetDouble()));
        await Expect(panel.Locator("[data-testid=\"whatif-step-figures\"]")).ToContainTextAsync(Count(ten.GetProperty("step").GetProperty("reached").GetDouble()));
        await Expect(panel.Locator("[data-testid=\"whatif-notes\"]")).ToContainTextAsync("500 resamples");
        Assert.True(ten.GetProperty("change").GetProperty("outcome").GetDouble() > 0);
        await ScreenshotAsync(page, "whatif-conversion");

        // The slider moves by keyboard, and the number follows it.
        await panel.Locator("[data-testid=\"whatif-points-slider\"]").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(panel.Locator("[data-testid=\"whatif-points\"]")).ToHaveValueAsync("11");
        await ExpectProjectionAsync(panel, await AnswerAsync(mapId, "kind=conversion&points=11"));

        // A number out of range says why and asks nothing.
        await panel.Locator("[data-testid=\"whatif-points\"]").FillAsync("1000");
        await Expect(panel.Locator("[data-testid=\"whatif-invalid\"]")).ToHaveTextAsync("Enter points from −100 to 100.");

        await panel.GetByRole(AriaRole.Radio, new() { Name = "Wait falls" }).CheckAsync();
        await panel.Locator("[data-testid=\"whatif-wait\"]").FillAsync("6");
        await panel.Locator("[data-testid=\"whatif-unit\"]").SelectOptionAsync("hours");
        await Expect(panel.Locator("[data-testid=\"whatif-invalid\"]")).ToHaveCountAsync(0);
        await ExpectProjectionAsync(panel, await AnswerAsync(mapId, "kind=wait&waitSeconds=21600"));
        await Expect(panel).ToContainTextAsync("were 6 hours shorter");
        AxeCheck.AssertNone("what-if panel", await AxeCheck.ViolationsAsync(page, "what-if panel", panel));
        await ScreenshotAsync(page, "whatif-wait");

        await panel.Locator("h2").FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToHaveCountAsync(0);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task WhatIf_FromTheDataBar_OffersOnlyStepsBeforeTheOutcome()
    {
        var (_, mapId) = await AttributionData.CreateAsync(Api, "What if bar");
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);
        await OverlayData.ShowAllTimeAsync(page);

        await page.Locator("[data-testid=\"toggle-whatif\"]").ClickAsync();
        var panel = page.Locator("[data-testid=\"whatif-panel\"]");
        await Expect(panel.Locator("[data-testid=\"whatif-step\"] option")).ToHaveCountAsync(3);
        await Expect(panel.Locator("[data-testid=\"whatif-step\"]")).ToHaveValueAsync(Search);
        await Expect(panel.Locator("[data-testid=\"whatif-answer\"]")).ToBeVisibleAsync(new() { Timeout = 20_000 });

        // The outcome step's "What if…" is there but disabled: it has no next step (the item keeps its place, so the
        // menu does not shift when the figures arrive).
        await page.Locator($"[data-testid=\"map-grid\"] [data-testid=\"step-header\"][data-step-id=\"{Pay}\"] [data-testid=\"step-menu\"]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "Delete step" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "What if…" })).ToBeDisabledAsync();
        await page.Keyboard.PressAsync("Escape");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task StepMenu_OpenedBeforeTheFiguresArrive_ItsItemsKeepTheirPlaces()
    {
        var (_, mapId) = await AttributionData.CreateAsync(Api, "What if menu");
        var page = await NewPageAsync();
        var figures = new TaskCompletionSource();
        await page.RouteAsync("**/overlay?**", async route =>
        {
            await figures.Task;
            await route.ContinueAsync();
        });
        await OpenMapByIdAsync(page, mapId);

        // The menu is opened while the overlay's answer is held back: "What if…" is there, disabled, from the start.
        var header = page.Locator($"[data-testid=\"map-grid\"] [data-testid=\"step-header\"][data-step-id=\"{Compare}\"]");
        await header.Locator("[data-testid=\"step-menu\"]").ClickAsync();
        var whatIf = page.GetByRole(AriaRole.Menuitem, new() { Name = "What if…" });
        await Expect(whatIf).ToBeDisabledAsync();
        var before = await page.GetByRole(AriaRole.Menuitem).AllInnerTextsAsync();

        figures.SetResult();
        await OverlayData.WaitForFiguresAsync(page);
        Assert.Equal(before, await page.GetByRole(AriaRole.Menuitem).AllInnerTextsAsync());
        await page.Keyboard.PressAsync("Escape");
        Assert.Empty(PageErrors);
    }

    private async Task<JsonElement> AnswerAsync(string mapId, string query) =>
        await Api.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/what-if?stepId={Compare}&{query}");

    private static async Task ExpectProjectionAsync(ILocator panel, JsonElement answer)
    {
        var projected = answer.GetProperty("projected").GetProperty("outcome").GetDouble();
        await Expect(panel.Locator("[data-testid=\"whatif-projected\"]")).ToContainTextAsync(Count(projected), new() { Timeout = 20_000 });
    }

    /// <summary>A count as the panel writes one from 10 up (the data holds more than ten customers at each figure checked).</summary>
    private static string Count(double value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture);
}
