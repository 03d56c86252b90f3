using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// The data view on a map whose steps are bound to ingested events: every figure on screen equals what
/// GET …/overlay answers, the entry step is chosen from the step menu (saved, measured, undone), and the view passes axe.
/// </summary>
public sealed class OverlayTests : BrowserTest
{
    private static readonly string[] Steps = [Search, Compare, Checkout, Pay];

    public OverlayTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task DataView_FiguresOnEveryStep_EqualTheOverlayApi_AndPassAxe()
    {
        var (_, mapId) = await OverlayData.CreateAsync(Api, "Overlay figures");
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);

        await OverlayData.ShowAllTimeAsync(page);
        var overlay = await OverlayData.OverlayAsync(Api, mapId);
        var series = overlay.GetProperty("series")[0];
        Assert.Equal(400, series.GetProperty("entrants").GetInt32());

        foreach (var stepId in Steps)
        {
            var expected = OverlayData.StepOf(series, stepId);
            var figures = page.Locator($"[data-testid=\"step-figures\"][data-step-id=\"{stepId}\"]");
            var customers = expected.GetProperty("customers").GetInt32();
            await Expect(figures.Locator("[data-testid=\"fig-customers\"]")).ToHaveTextAsync(customers.ToString("N0", CultureInfo.InvariantCulture));
            Assert.Equal(customers, await OverlayData.ValueAsync(figures.Locator("[data-testid=\"fig-customers\"]")));
            Assert.Equal(OverlayData.Number(expected, "shareOfEntrants"), await OverlayData.ValueAsync(figures.Locator("[data-testid=\"fig-share\"]")));
            if (stepId != Pay)
            {
                Assert.Equal(OverlayData.Number(expected, "conversionToNext"), await OverlayData.ValueAsync(figures.Locator("[data-testid=\"fig-conversion\"]")));
                Assert.Equal(OverlayData.Number(expected, "dropOff"), await OverlayData.ValueAsync(figures.Locator("[data-testid=\"fig-dropoff\"] [data-value]").First));
                await Expect(figures.Locator("[data-testid=\"fig-dropoff\"]")).ToHaveAttributeAsync("data-level", expected.GetProperty("loss").GetInt32().ToString(CultureInfo.InvariantCulture));
            }

            if (stepId != Search)
            {
                Assert.Equal(OverlayData.Number(expected, "medianFromPrevious"), await OverlayData.ValueAsync(figures.Locator("[data-testid=\"fig-median\"]")));
                Assert.Equal(OverlayData.Number(expected, "p90FromPrevious"), await OverlayData.ValueAsync(figures.Locator("[data-testid=\"fig-p90\"]")));
                await Expect(figures.Locator("[data-testid=\"fig-median\"]")).ToHaveTextAsync(new Regex(@"^\d+ (s|min|h|d)( \d+ (min|h))?$"));
            }

            await Expect(figures.Locator("[data-testid=\"sparkline\"]")).ToHaveCountAsync(1);
        }

        var funnel = page.Locator("[data-testid=\"funnel-panel\"]");
        await Expect(funnel.Locator("[data-testid=\"funnel-step\"]")).ToHaveCountAsync(4);
        Assert.Equal(400, await OverlayData.ValueAsync(funnel.Locator("[data-testid=\"funnel-entrants\"]")));
        Assert.Equal(OverlayData.Number(series.GetProperty("outcome"), "conversion"), await OverlayData.ValueAsync(funnel.Locator("[data-testid=\"funnel-conversion\"]")));
        await Expect(StepHeader(page, Search).Locator("[data-testid=\"entry-flag\"]")).ToBeVisibleAsync(); // the first bound step by default

        var violations = await AccessibilityTests.RunAxeAsync(page);
        Assert.True(violations.Count == 0, $"data view: {violations.Count} WCAG A/AA violations:\n{string.Join("\n", violations)}");
        await ScreenshotAsync(page, "overlay-figures");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task EntryStep_ChosenFromTheStepMenu_IsSavedMeasuredAndUndone()
    {
        var (_, mapId) = await OverlayData.CreateAsync(Api, "Overlay entry");
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);
        await OverlayData.ShowAllTimeAsync(page);

        await StepHeader(page, Compare).Locator("[data-testid=\"step-menu\"]").ClickAsync();
        await EditAndWaitSavedAsync(page, () => page.GetByRole(AriaRole.Menuitem, new() { Name = "Make entry step" }).ClickAsync());
        Assert.Equal(Compare, (await Api.GetMapAsync(mapId)).EntryStepId);
        var flag = StepHeader(page, Compare).Locator("[data-testid=\"entry-flag\"]");
        await Expect(flag).ToBeVisibleAsync();

        // Measured from the new entry: the entrants are the customers who reached Compare.
        var overlay = await OverlayData.OverlayAsync(Api, mapId);
        Assert.Equal(Compare, overlay.GetProperty("entryStepId").GetString());
        var entrants = overlay.GetProperty("series")[0].GetProperty("entrants").GetInt32();
        await Expect(page.Locator("[data-testid=\"funnel-entrants\"]")).ToHaveAttributeAsync("data-value", entrants.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-testid=\"funnel-step\"]")).ToHaveCountAsync(3);
        await Expect(page.Locator($"[data-testid=\"step-figures\"][data-step-id=\"{Search}\"]")).ToContainTextAsync("Outside the entry → outcome funnel");

        await EditAndWaitSavedAsync(page, () => page.Locator("[data-testid=\"undo\"]").ClickAsync());
        Assert.Null((await Api.GetMapAsync(mapId)).EntryStepId);
        await OverlayData.WaitForFiguresAsync(page);
        await Expect(page.Locator("[data-testid=\"funnel-step\"]")).ToHaveCountAsync(4);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task DataView_WhenTheWorkspaceHasNoEvents_PointsToTheDataPage()
    {
        var (page, _) = await OpenFreshMapAsync("Overlay without events");
        // The workspace's activity list as a workspace without events answers it (the demo workspace has events).
        await page.RouteAsync(ActivitiesRoute.Url, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 404,
            ContentType = "application/problem+json",
            Body = """{"title":"No events","status":404}""",
        }));

        await OverlayData.DataOnAsync(page);

        var status = page.Locator("[data-testid=\"data-status\"]");
        await Expect(status).ToHaveAttributeAsync("data-state", "noEvents");
        await Expect(status.GetByRole(AriaRole.Link, new() { Name = "Upload events" })).ToHaveAttributeAsync("href", "/data");
        var funnel = page.Locator("[data-testid=\"funnel-panel\"]");
        await Expect(funnel.GetByRole(AriaRole.Heading, new() { Name = "No customer events yet" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=\"step-unmeasured\"]")).ToHaveCountAsync(4);
        var violations = await AccessibilityTests.RunAxeAsync(page);
        Assert.True(violations.Count == 0, $"no-events state: {string.Join("\n", violations)}");
        Assert.Empty(PageErrors);
    }
}
