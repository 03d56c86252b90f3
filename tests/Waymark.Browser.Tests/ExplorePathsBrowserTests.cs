using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Explore › Paths on the demo's events: the totals of every column read off the drawn Sankey equal the start's
/// customers, two segments compared draw two Sankeys that each add up (on one scale), a narrow width folds the rest
/// into "other", nodes work from the keyboard, the map's Actual paths panel opens it, and the picture
/// (docs/images/explore-paths.png) at 1366x768.
/// </summary>
public sealed class ExplorePathsBrowserTests : BrowserTest, IClassFixture<DemoDataServer>
{
    private const string TrialMap = "SaaS free trial to paid";
    private const string Node = "[data-testid=\"paths-node\"]";
    private readonly DemoDataServer _demo;
    private readonly List<string> _errors = [];

    public ExplorePathsBrowserTests(BrowserFixture fixture, DemoDataServer demo, ITestOutputHelper output)
        : base(fixture, output)
    {
        _demo = demo;
    }

    [Fact]
    public async Task Paths_FromAMapStep_EveryColumnOnScreenAddsUpToTheStart()
    {
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors);
        await page.GotoAsync($"/explore/paths?map={await TrialMapIdAsync()}");
        await PickStartAsync(page, "Creates an account");
        var sankey = page.Locator("[data-testid=\"paths-sankey\"]");
        await Expect(sankey).ToHaveCountAsync(1);
        await Expect(sankey.Locator($"{Node}[data-kind=\"start\"]")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Start: Creates an account, [0-9,]+ customers, 100% of the start$"));

        var start = long.Parse(await sankey.GetAttributeAsync("data-customers") ?? "", CultureInfo.InvariantCulture);
        var columns = await ColumnTotalsAsync(sankey);
        Assert.True(start > 100, $"start {start}");
        Assert.Equal(5, columns.Count);
        Assert.All(columns, c => Assert.Equal(start, c.Value));
        await Expect(page.Locator("[data-testid=\"paths-start-customers\"]")).ToContainTextAsync(start.ToString("N0", CultureInfo.InvariantCulture) + " customers");
        Assert.True(await sankey.Locator($"{Node}[data-kind=\"ended\"]").CountAsync() > 0);

        // The start reads the same figure as the map's funnel: the overlay's customers at the same step.
        Assert.Equal(await OverlayCustomersAsync("Creates an account"), start);

        await DemoPages.SettleAsync(page);
        await ScreenshotAsync(page, "explore-paths");
        await KeyboardSelectsANodeAsync(page);
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Paths_CompareTwoSegments_TwoSankeysEachAddingUpOnOneScale()
    {
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors);
        await page.GotoAsync($"/explore/paths?map={await TrialMapIdAsync()}");
        await PickStartAsync(page, "Checks pricing");
        await page.Locator("[data-testid=\"explore-segment\"]").SelectOptionAsync(new SelectOptionValue { Label = "Referred teams" });
        await page.Locator("[data-testid=\"paths-compare\"]").SelectOptionAsync(new SelectOptionValue { Label = "From display ads" });
        var sankeys = page.Locator("[data-testid=\"paths-sankey\"]");
        await Expect(sankeys).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=\"paths-series\"] h2")).ToHaveTextAsync(["Referred teams", "From display ads"]);

        var perPixel = new List<double>();
        for (var i = 0; i < 2; i++)
        {
            var sankey = sankeys.Nth(i);
            var start = long.Parse(await sankey.GetAttributeAsync("data-customers") ?? "", CultureInfo.InvariantCulture);
            Assert.True(start > 0);
            Assert.All(await ColumnTotalsAsync(sankey), c => Assert.Equal(start, c.Value));
            var box = await sankey.Locator($"{Node}[data-kind=\"start\"] rect").BoundingBoxAsync();
            perPixel.Add(box!.Height / start);
        }

        Assert.NotEqual(await sankeys.Nth(0).GetAttributeAsync("data-customers"), await sankeys.Nth(1).GetAttributeAsync("data-customers"));
        Assert.Equal(perPixel[0], perPixel[1], 2);
        Assert.Contains("compare=", page.Url, StringComparison.Ordinal);
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Paths_WidthOne_FoldsTheRestIntoOtherAndStillAddsUp()
    {
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors);
        await page.GotoAsync("/explore/paths?start=activity%3Adata_imported&depth=4");
        await page.Locator("[data-testid=\"paths-collapse\"]").CheckAsync();
        await page.Locator("[data-testid=\"paths-width\"]").SelectOptionAsync("1");
        var sankey = page.Locator("[data-testid=\"paths-sankey\"]");
        await Expect(sankey.Locator($"{Node}[data-kind=\"other\"]").First).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("width=1"));

        var start = long.Parse(await sankey.GetAttributeAsync("data-customers") ?? "", CultureInfo.InvariantCulture);
        Assert.All(await ColumnTotalsAsync(sankey), c => Assert.Equal(start, c.Value));
        var kinds = await sankey.Locator(Node).EvaluateAllAsync<string[][]>("ns => ns.map(n => [n.dataset.column, n.dataset.kind])");
        Assert.All(kinds.GroupBy(k => k[0]), column => Assert.True(column.Count(k => k[1] == "activity") <= 1));

        await page.GotoAsync("/explore/paths?start=activity%3ANobody+does+this");
        await Expect(page.GetByText("No customer did “Nobody does this” in this period.")).ToBeVisibleAsync();
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ActualPathsPanel_OpenAsASankey_OpensExploreFromTheMapsEntryStep()
    {
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors);
        await OpenMapByIdAsync(page, await TrialMapIdAsync());
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Evidence" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Actual paths" }).ClickAsync();
        await page.Locator("[data-testid=\"paths-open-sankey\"]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/explore/paths\\?map=map_[a-z0-9]+&start=step%3Astp_"));
        await Expect(page.Locator("[data-testid=\"paths-sankey\"]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=\"explore-scope\"] select").Last).ToHaveValueAsync(await TrialMapIdAsync());
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    private static async Task KeyboardSelectsANodeAsync(IPage page)
    {
        var first = page.Locator($"{Node}[data-kind=\"start\"]");
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator($"{Node}:focus");
        await Expect(focused).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=\"paths-tip\"]")).ToContainTextAsync("of the start");
        await page.Keyboard.PressAsync("Enter");
        await Expect(focused).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("[data-testid=\"paths-list\"] h3")).ToContainTextAsync("Paths through");
    }

    /// <summary>Per column, the sum of the customers its drawn nodes carry.</summary>
    private static async Task<Dictionary<int, long>> ColumnTotalsAsync(ILocator sankey)
    {
        var nodes = await sankey.Locator(Node).EvaluateAllAsync<string[][]>("ns => ns.map(n => [n.dataset.column, n.dataset.customers])");
        return nodes.GroupBy(n => int.Parse(n[0], CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Sum(n => long.Parse(n[1], CultureInfo.InvariantCulture)));
    }

    private static async Task PickStartAsync(IPage page, string step)
    {
        var option = page.Locator("[data-testid=\"paths-start\"] option", new PageLocatorOptions { HasTextString = step });
        await Expect(option).ToHaveCountAsync(1);
        await page.Locator("[data-testid=\"paths-start\"]").SelectOptionAsync(await option.GetAttributeAsync("value") ?? "");
    }

    private async Task<string> TrialMapIdAsync()
    {
        using var http = WaymarkHttp.Client(_demo.Address);
        return await new WaymarkApi(http).MapIdAsync(TrialMap);
    }

    /// <summary>The overlay's customers at a step of the trial map (all time, all customers).</summary>
    private async Task<long> OverlayCustomersAsync(string stepName)
    {
        using var http = WaymarkHttp.Client(_demo.Address);
        var mapId = await new WaymarkApi(http).MapIdAsync(TrialMap);
        var map = JsonDocument.Parse(await http.GetStringAsync($"/api/workspaces/demo/maps/{mapId}")).RootElement;
        var stepId = map.GetProperty("stages").EnumerateArray().SelectMany(s => s.GetProperty("steps").EnumerateArray())
            .First(s => s.GetProperty("name").GetString() == stepName).GetProperty("id").GetString();
        var overlay = JsonDocument.Parse(await http.GetStringAsync($"/api/workspaces/demo/maps/{mapId}/overlay")).RootElement;
        return overlay.GetProperty("series")[0].GetProperty("steps").EnumerateArray()
            .First(s => s.GetProperty("stepId").GetString() == stepId).GetProperty("customers").GetInt64();
    }
}
