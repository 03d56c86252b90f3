using Microsoft.Playwright;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>A second server with the demo's generated events (the shared one has none), for pictures with real-looking data.</summary>
public sealed class DemoDataServer : IAsyncLifetime
{
    private LiveWaymarkServer? _server;

    public Uri Address => _server!.Address;

    public async Task InitializeAsync() => _server = await LiveWaymarkServer.StartAsync(
        "--Database:Provider=Sqlite", "--Demo:Seed=true", "--Demo:Events=true", $"--Spa:Root={WaymarkTestServer.WebDist}");

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

/// <summary>
/// The pictures of the evidence panels on the demo's SaaS trial map: the actual paths and a customer timeline
/// (docs/images/actual-paths.png and customer-timeline.png), each once the panel has loaded and checked to show data.
/// </summary>
public sealed class EvidenceScreenshotTests : BrowserTest, IClassFixture<DemoDataServer>
{
    private const string TrialMap = "SaaS free trial to paid";
    private readonly DemoDataServer _demo;
    private readonly List<string> _errors = [];

    public EvidenceScreenshotTests(BrowserFixture fixture, DemoDataServer demo, ITestOutputHelper output)
        : base(fixture, output)
    {
        _demo = demo;
    }

    [Fact]
    public async Task ActualPaths_OnTheTrialMap_IsPictured()
    {
        var page = await OpenTrialMapAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Evidence" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Actual paths" }).ClickAsync();
        await Expect(page.Locator("[data-testid=\"paths-scope\"]")).ToHaveTextAsync("Last 30 days, all customers");
        var panel = page.Locator("[data-testid=\"paths-panel\"]");
        await Expect(panel.Locator("[data-testid=\"transition\"]")).ToHaveCountAsync(10);
        await Expect(panel.Locator("[data-testid=\"hidden-activity\"]").First).ToBeVisibleAsync();
        await page.Mouse.MoveAsync(700, 760);
        await Settle(page);

        await ScreenshotAsync(page, "actual-paths");
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CustomerTimeline_OfAnActiveCustomer_IsPictured()
    {
        var page = await OpenTrialMapAsync();
        // One customer's story is clearest without the period's figures on the steps: the data view goes off.
        var data = page.Locator("[data-testid=\"toggle-data\"]");
        await Expect(data).ToHaveAttributeAsync("aria-pressed", "true");
        await data.ClickAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Evidence" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Customer timeline…" }).ClickAsync();
        var suggestions = page.Locator("[data-testid=\"customer-suggestion\"]");
        await Expect(suggestions.First).ToBeVisibleAsync();
        await suggestions.Nth(1).ClickAsync();
        var events = page.Locator("[data-testid=\"timeline-event\"]");
        await Expect(events.First).ToBeVisibleAsync();
        await events.Locator("button").Nth(2).ClickAsync();
        await page.Mouse.MoveAsync(700, 760);
        await Settle(page);

        await ScreenshotAsync(page, "customer-timeline");
        Assert.True(await page.Locator("[data-testid=\"event-step\"]").CountAsync() > 3);
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MapDraftedFromTheDemoData_IsPictured()
    {
        var page = await NewDemoPageAsync();
        await page.GotoAsync("/");
        await page.Locator("[data-testid=\"draft-from-data\"]").ClickAsync();
        await page.Locator("[data-testid=\"draft-submit\"]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/maps/map_[a-z0-9]+$"));
        await page.Locator(CompleteGridSelector).WaitForAsync();
        await Expect(page.Locator("[data-testid=\"step-header\"]")).ToHaveCountAsync(12);
        await page.Locator("[data-testid=\"zoom-level\"]").SelectOptionAsync("0.75");
        await Settle(page);

        await ScreenshotAsync(page, "map-drafted-from-data");
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenTrialMapAsync()
    {
        var page = await NewDemoPageAsync();
        using var http = WaymarkHttp.Client(_demo.Address);
        var id = await new WaymarkApi(http).MapIdAsync(TrialMap);
        await OpenMapByIdAsync(page, id);
        await page.Locator("[data-testid=\"zoom-level\"]").SelectOptionAsync("0.75");
        return page;
    }

    private Task<IPage> NewDemoPageAsync() => DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors);

    private static Task Settle(IPage page) => DemoPages.SettleAsync(page);
}
