using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Explore's funnel builder on the demo's data, opened beside the map ("Build a funnel"): each mode, a window, an
/// exclusion and a breakdown, the customers behind a bar and their timeline. Every figure read off the screen is
/// compared with the engine's answer to the very request the page made (re-sent through the API), and the ordered
/// funnel with the map's own funnel panel; docs/images/explore-funnel.png is taken here.
/// </summary>
[Collection(BrowserCollection.Second)]
public sealed class FunnelBuilderBrowserTests : BrowserTest, IClassFixture<DemoDataServer>
{
    private const string TrialMap = "SaaS free trial to paid";
    private const string FunnelRoute = "/api/workspaces/demo/explore/funnel";
    private readonly DemoDataServer _demo;
    private readonly List<string> _errors = [];

    public FunnelBuilderBrowserTests(BrowserFixture fixture, DemoDataServer demo, ITestOutputHelper output)
        : base(fixture, output)
    {
        _demo = demo;
    }

    [Fact]
    public async Task BuildAFunnel_FromTheMap_EachModeShowsTheEnginesFigures()
    {
        var page = await NewDemoPageAsync();
        var ordered = await OpenBuilderFromTheMapAsync(page);
        Assert.Equal(ordered.Entrants, Counts(ordered.Answer)[0]);
        Assert.Equal(ordered.Outcome, Counts(ordered.Answer)[^1]);

        var strict = await MeasureAsync(page, () => page.Locator("[data-testid=\"mode-strict\"]").CheckAsync());
        var any = await MeasureAsync(page, () => page.Locator("[data-testid=\"mode-anyOrder\"]").CheckAsync());

        Assert.Equal("strict", strict.GetProperty("mode").GetString());
        Assert.Equal("anyOrder", any.GetProperty("mode").GetString());
        Assert.NotEqual(Counts(strict), Counts(ordered.Answer));
        Assert.All(Counts(strict).Zip(Counts(ordered.Answer)), p => Assert.True(p.First <= p.Second));
        Assert.True(Counts(any)[^1] >= Counts(ordered.Answer)[^1]);
        Assert.Contains("mode=anyOrder", page.Url, StringComparison.Ordinal);
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WindowExclusionAndBreakdown_ShowTheEnginesFigures()
    {
        var page = await NewDemoPageAsync();
        var open = await OpenBuilderFromTheMapAsync(page);

        var windowed = await MeasureAsync(page, () => page.Locator("[data-testid=\"window-value\"]").FillAsync("1"));
        Assert.Equal(86_400, windowed.GetProperty("windowSeconds").GetInt64());
        Assert.True(Counts(windowed)[^1] < Counts(open.Answer)[^1], "a one-day window loses the customers who took longer");

        await page.Locator("[data-testid=\"exclusion-after\"]").SelectOptionAsync("0");
        var activity = await page.Locator("[data-testid=\"exclusion-add\"] optgroup[label=\"Activities\"] option").Nth(1).GetAttributeAsync("value");
        var excluded = await MeasureAsync(page, () => page.Locator("[data-testid=\"exclusion-add\"]").SelectOptionAsync(activity!));
        await Expect(page.Locator("[data-testid=\"exclusion\"]")).ToHaveCountAsync(1);
        if (excluded.GetProperty("excluded").GetInt64() > 0)
        {
            await Expect(page.Locator("[data-testid=\"funnel-excluded\"]")).ToHaveTextAsync(Format(excluded.GetProperty("excluded").GetInt64()));
        }

        var broken = await MeasureAsync(page, () => page.Locator("[data-testid=\"breakdown-by\"]").SelectOptionAsync("channel"));
        var groups = broken.GetProperty("breakdown").GetProperty("groups").EnumerateArray().ToList();
        Assert.True(groups.Count >= 2);
        foreach (var group in groups)
        {
            var key = group.GetProperty("key").GetString();
            var bars = page.Locator($"[data-testid=\"group-bar\"][data-group=\"{key}\"]");
            await Expect(bars).ToHaveCountAsync(Counts(broken).Length);
        }

        await page.Locator("[data-testid=\"breakdown-table-toggle\"]").ClickAsync();
        var rows = page.Locator("[data-testid=\"breakdown-row\"]");
        await Expect(rows).ToHaveCountAsync(groups.Count);
        var firstCells = await rows.First.Locator("td button").AllTextContentsAsync();
        Assert.Equal(groups[0].GetProperty("customers").EnumerateArray().Select(c => Format(c.GetInt64())), firstCells);
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BreakdownByAttribute_OffersTheSourcesAttributeNames_AndMeasuresThePickedOne()
    {
        var page = await NewDemoPageAsync();
        await OpenBuilderFromTheMapAsync(page);
        var mapId = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["map"];
        using var http = WaymarkHttp.Client(_demo.Address);
        var names = (await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/demo/explore/attributes?map={mapId}"))
            .GetProperty("customer").EnumerateArray().Select(a => a.GetProperty("key").GetString()!).ToList();
        Assert.True(names.Count >= 2, "the demo's trial customers carry attributes");

        var first = await MeasureAsync(page, () => page.Locator("[data-testid=\"breakdown-by\"]").SelectOptionAsync("attribute"));
        var picker = page.Locator("[data-testid=\"breakdown-attribute\"]");
        Assert.Equal(names, await picker.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)"));
        Assert.Equal(names[0], first.GetProperty("breakdown").GetProperty("attribute").GetString());

        var second = await MeasureAsync(page, () => picker.SelectOptionAsync(names[1]));
        Assert.Equal(names[1], second.GetProperty("breakdown").GetProperty("attribute").GetString());
        await Expect(page.Locator("[data-testid=\"funnel-breakdown\"] h3")).ToHaveTextAsync($"By {names[1]}");
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ABar_ShowsItsCustomersAndOpensATimeline_AndIsPictured()
    {
        var page = await NewDemoPageAsync();
        await OpenBuilderFromTheMapAsync(page);
        // Four of the map's thirteen steps, as an analyst would pick them: the address keeps the definition.
        var url = new Uri(page.Url);
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        var steps = query["steps"]!.Split(',');
        query["steps"] = string.Join(',', new[] { steps[0], steps[2], steps[4], steps[^1] });
        query["by"] = "channel";
        var four = await MeasureAsync(page, () => page.GotoAsync($"{url.AbsolutePath}?{query}"));
        Assert.Equal(4, Counts(four).Length);
        await Expect(page.Locator("[data-testid=\"picked-step\"]")).ToHaveCountAsync(4);
        await Expect(page.Locator("[data-testid=\"group-bar\"]").First).ToBeVisibleAsync();
        await page.Mouse.MoveAsync(1300, 700);
        await Settle(page);
        await ScreenshotAsync(page, "explore-funnel");

        var bar = page.Locator("[data-testid=\"funnel-bar\"]").Nth(1);
        await bar.ClickAsync();
        var total = page.Locator("[data-testid=\"funnel-customers-total\"]");
        await Expect(total).ToHaveAttributeAsync("data-total", (await bar.GetAttributeAsync("data-customers"))!);
        var drop = page.Locator("[data-testid=\"funnel-drop\"]").First;
        await drop.ClickAsync();
        await Expect(total).ToHaveAttributeAsync("data-total", (await drop.GetAttributeAsync("data-customers"))!);

        var customer = page.Locator("[data-testid=\"funnel-customer\"]").First;
        var id = (await customer.Locator("span").First.TextContentAsync())!;
        await customer.ClickAsync();
        await Expect(page.Locator("[data-testid=\"timeline-customer\"]")).ToHaveTextAsync(id);
        Assert.True(await page.Locator("[data-testid=\"timeline-event\"]").CountAsync() > 0);
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("[data-testid=\"funnel-customer\"]").First).ToBeVisibleAsync();
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    /// <summary>Opens the trial map, reads its funnel panel, and follows "Build a funnel" to Explore.</summary>
    private async Task<(JsonElement Answer, long Entrants, long Outcome)> OpenBuilderFromTheMapAsync(IPage page)
    {
        using var http = WaymarkHttp.Client(_demo.Address);
        var id = await new WaymarkApi(http).MapIdAsync(TrialMap);
        await OpenMapByIdAsync(page, id);
        var entrants = page.Locator("[data-testid=\"funnel-panel\"] [data-testid=\"funnel-entrants\"]");
        await Expect(entrants).ToHaveAttributeAsync("data-value", new System.Text.RegularExpressions.Regex("^[1-9]"));
        var outcome = await page.Locator("[data-testid=\"funnel-panel\"] [data-testid=\"funnel-conversion\"]").GetAttributeAsync("data-value");
        var value = long.Parse((await entrants.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
        var answer = await MeasureAsync(page, () => page.Locator("[data-testid=\"build-funnel\"]").ClickAsync());
        Assert.Contains("/explore?", page.Url, StringComparison.Ordinal);
        Assert.Contains($"map={id}", page.Url, StringComparison.Ordinal);
        var conversion = double.Parse(outcome!, CultureInfo.InvariantCulture);
        return (answer, value, (long)Math.Round(conversion * value));
    }

    /// <summary>
    /// Does <paramref name="act"/>, catches the funnel request the page makes for it, asks the engine the same through
    /// the API, and waits until the bars show the engine's figures.
    /// </summary>
    private async Task<JsonElement> MeasureAsync(IPage page, Func<Task> act)
    {
        var request = await page.RunAndWaitForRequestAsync(act, r => r.Url.EndsWith(FunnelRoute, StringComparison.Ordinal) && r.Method == "POST");
        using var http = WaymarkHttp.Client(_demo.Address);
        using var response = await http.PostAsync(FunnelRoute, new StringContent(request.PostData!, System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var bars = page.Locator("[data-testid=\"funnel-bar\"]");
        var counts = Counts(answer);
        await Expect(bars).ToHaveCountAsync(counts.Length);
        for (var i = 0; i < counts.Length; i++)
        {
            await Expect(bars.Nth(i)).ToHaveAttributeAsync("data-customers", counts[i].ToString(CultureInfo.InvariantCulture));
            await Expect(bars.Nth(i).Locator("[data-testid=\"bar-count\"]")).ToHaveTextAsync(Format(counts[i]));
        }

        return answer;
    }

    private static long[] Counts(JsonElement answer) => [.. answer.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("customers").GetInt64())];

    private static string Format(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private Task<IPage> NewDemoPageAsync() => DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors);

    private static Task Settle(IPage page) => DemoPages.SettleAsync(page);
}
