using System.Globalization;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The demo data's figures read off the screen agree by the rules of docs/analytics.md "Figures": a step's reached
/// minus its lost is the next step's reached, a stage is its first measured step and loses what its steps lose, the
/// funnel panel shows the steps' counts, actual paths split each "Leaves" row into the step's lost and the others, and
/// insights' drop-offs are the steps' lost. On a server of its own with the demo's generated events.
/// </summary>
public sealed class DemoFiguresTests : BrowserTest, IClassFixture<DemoDataServer>
{
    private const string TrialMap = "SaaS free trial to paid";
    private const string ShopMap = "E-commerce purchase with cart abandonment";

    private readonly DemoDataServer _demo;

    public DemoFiguresTests(BrowserFixture fixture, DemoDataServer demo, ITestOutputHelper output)
        : base(fixture, output)
    {
        _demo = demo;
    }

    [Fact]
    public async Task DemoTrial_FiguresOnScreen_AgreeAcrossStepsStagesFunnelPathsAndInsights()
    {
        var (page, map) = await OpenDemoMapAsync(TrialMap);

        var steps = await StepsOnScreenAsync(page, map);
        Assert.True(steps.Count >= 3, "the trial map measures its steps");
        for (var k = 0; k + 1 < steps.Count; k++)
        {
            Assert.True(steps[k + 1].Reached == steps[k].Reached - steps[k].Lost,
                $"{steps[k + 1].Id}: {steps[k + 1].Reached} reached on screen, {steps[k].Reached} − {steps[k].Lost} lost at {steps[k].Id}");
        }

        await StagesAgreeAsync(page, map, steps);
        await FunnelPanelAgreesAsync(page, steps);
        await page.Locator("[data-testid=\"map-grid\"]").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "demo-figures");
        await PathsAgreeAsync(page, steps);
        await InsightsAgreeAsync(page, steps);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task DemoShop_StagesOnScreen_NeverCountMoreThanTheirSteps()
    {
        // "Cart and checkout" showed 168 customers while its steps showed 1, 0 and 0.
        var (page, map) = await OpenDemoMapAsync(ShopMap);

        var steps = await StepsOnScreenAsync(page, map);
        await StagesAgreeAsync(page, map, steps);
        Assert.Empty(PageErrors);
    }

    private async Task<(IPage Page, JourneyMap Map)> OpenDemoMapAsync(string name)
    {
        var page = await NewPageAsync(_demo.Address);
        using var http = WaymarkHttp.Client(_demo.Address);
        var api = new WaymarkApi(http);
        var id = await api.MapIdAsync(name);
        await OpenMapByIdAsync(page, id);
        await OverlayData.ShowAllTimeAsync(page);
        return (page, await api.GetMapAsync(id));
    }

    /// <summary>The in-funnel steps in map order as the step strips show them: reached, lost (0 at the outcome).</summary>
    private static async Task<List<StepOnScreen>> StepsOnScreenAsync(IPage page, JourneyMap map)
    {
        var result = new List<StepOnScreen>();
        foreach (var (stage, step) in map.Stages.SelectMany(s => s.Steps.Select(t => (s, t))))
        {
            var figures = page.Locator($"[data-testid=\"step-figures\"][data-step-id=\"{step.Id}\"]");
            var reached = figures.Locator("[data-testid=\"fig-customers\"]");
            if (await reached.CountAsync() == 0)
            {
                continue;
            }

            var lost = figures.Locator("[data-testid=\"fig-dropoff\"] [data-value]");
            result.Add(new StepOnScreen(step.Id, stage.Id, await LongAsync(reached),
                await lost.CountAsync() == 0 ? 0 : await LongAsync(lost.First)));
        }

        return result;
    }

    private static async Task StagesAgreeAsync(IPage page, JourneyMap map, List<StepOnScreen> steps)
    {
        var entered = steps.Count > 0 ? steps[0].Reached : 0;
        var measured = map.Stages.Where(s => steps.Any(t => t.Stage == s.Id)).ToList();
        for (var m = 0; m < measured.Count; m++)
        {
            var stage = measured[m];
            var figures = page.Locator($"[data-testid=\"stage-figures\"][data-stage-id=\"{stage.Id}\"]");
            var customers = await LongAsync(figures.Locator("[data-testid=\"stage-customers\"]"));
            var own = steps.Where(t => t.Stage == stage.Id).ToList();
            Assert.True(customers == own[0].Reached, $"stage {stage.Name}: {customers} on screen, its first step {own[0].Reached}");
            Assert.True(customers <= entered, $"stage {stage.Name}: {customers} over {entered} entered");
            Assert.All(own, t => Assert.True(t.Reached <= customers, $"step {t.Id} shows more than its stage {stage.Name}"));
            if (m + 1 < measured.Count)
            {
                var lost = await LongAsync(figures.Locator("[data-testid=\"stage-dropoff\"] [data-value]"));
                Assert.True(lost == own.Sum(t => t.Lost), $"stage {stage.Name}: {lost} lost on screen, its steps {own.Sum(t => t.Lost)}");
            }
        }
    }

    private static async Task FunnelPanelAgreesAsync(IPage page, List<StepOnScreen> steps)
    {
        var toggle = page.Locator("[data-testid=\"toggle-funnel\"]");
        if (await toggle.GetAttributeAsync("aria-pressed") != "true")
        {
            await toggle.ClickAsync();
        }

        var panel = page.Locator("[data-testid=\"funnel-panel\"]");
        await Expect(panel.Locator("[data-testid=\"funnel-step\"]")).ToHaveCountAsync(steps.Count);
        Assert.Equal(steps[0].Reached, await LongAsync(panel.Locator("[data-testid=\"funnel-entrants\"]")));
        foreach (var step in steps)
        {
            var row = panel.Locator($"[data-testid=\"funnel-step\"][data-step-id=\"{step.Id}\"]");
            Assert.Equal(step.Reached, await LongAsync(row.Locator("[data-testid=\"funnel-customers\"]")));
            var lost = row.Locator("[data-testid=\"funnel-dropoff\"] [data-value]");
            Assert.Equal(step.Lost, await lost.CountAsync() == 0 ? 0 : await LongAsync(lost));
        }
    }

    private async Task PathsAgreeAsync(IPage page, List<StepOnScreen> steps)
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Evidence" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Actual paths" }).ClickAsync();
        var panel = page.Locator("[data-testid=\"paths-panel\"]");
        await Expect(panel.Locator("[data-testid=\"paths-entered\"]")).ToBeVisibleAsync();
        Assert.Equal(steps[0].Reached, await LongAsync(panel.Locator("[data-testid=\"paths-entered\"]")));
        await ScreenshotAsync(page, "demo-figures-paths-top");
        var more = panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = new("^Show all") });
        if (await more.CountAsync() > 0)
        {
            await more.ClickAsync();
        }

        var splits = panel.Locator("[data-testid=\"transition\"]", new() { Has = page.Locator("[data-testid=\"leave-split\"]") });
        Assert.True(await splits.CountAsync() >= steps.Count - 1, "every in-funnel step but the outcome has its leave row split");
        for (var i = 0; i < await splits.CountAsync(); i++)
        {
            var row = splits.Nth(i);
            var split = row.Locator("[data-testid=\"leave-split\"]");
            var from = await row.GetAttributeAsync("data-from");
            var leaving = long.Parse((await row.GetAttributeAsync("data-customers"))!, CultureInfo.InvariantCulture);
            var (lostHere, lost, others) = (await AttrAsync(split, "data-lost-here"), await AttrAsync(split, "data-lost"), await AttrAsync(split, "data-others"));
            Assert.True(lost == steps.Single(s => s.Id == from).Lost, $"leave row of {from}: {lost} lost, the step shows {steps.Single(s => s.Id == from).Lost}");
            Assert.True(leaving == lostHere + others, $"leave row of {from}: {leaving} leave ≠ {lostHere} lost here + {others} others");
            Assert.True(lostHere <= lost, $"leave row of {from}: more lost here than lost");
            await Expect(split).ToContainTextAsync($"{Count(lostHere)}");
        }

        // The picture shows a leave row whose split has "others": the two views' counts side by side.
        var withOthers = panel.Locator("[data-testid=\"leave-split\"]:not([data-others=\"0\"])");
        if (await withOthers.CountAsync() > 0)
        {
            await withOthers.First.ScrollIntoViewIfNeededAsync();
        }

        await page.Mouse.MoveAsync(700, 760);
        await ScreenshotAsync(page, "demo-figures-paths");
    }

    private async Task InsightsAgreeAsync(IPage page, List<StepOnScreen> steps)
    {
        await page.Locator("[data-testid=\"toggle-insights\"]").ClickAsync();
        var panel = page.Locator("[data-testid=\"insights-panel\"]");
        await Expect(panel).Not.ToHaveAttributeAsync("aria-busy", "true");
        var drops = panel.Locator("[data-testid=\"finding\"][data-finding-id^=\"bottleneck-dropoff-\"]");
        await Expect(drops.First).ToBeVisibleAsync();
        for (var i = 0; i < await drops.CountAsync(); i++)
        {
            var finding = drops.Nth(i);
            var stepId = await finding.GetAttributeAsync("data-step-id");
            var step = steps.Single(s => s.Id == stepId);
            await Expect(finding.Locator("[data-testid=\"evidence-customersAffected\"]")).ToHaveTextAsync(Count(step.Lost));
            await Expect(finding.Locator("h4")).ToContainTextAsync(" lost between ");
        }

        await ScreenshotAsync(page, "demo-figures-insights");
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static async Task<long> LongAsync(ILocator element) => (long)(await OverlayData.ValueAsync(element)
        ?? throw new InvalidOperationException("the figure carries no data-value"));

    private static async Task<long> AttrAsync(ILocator element, string name) =>
        long.Parse((await element.GetAttributeAsync(name))!, CultureInfo.InvariantCulture);

    private sealed record StepOnScreen(string Id, string Stage, long Reached, long Lost);
}
