using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Explore's process map on the demo data: each coverage slider changes the drawn graph to what the API answers for
/// it, every drawn node lies between a start and an end, the variants' shares match the API and add up to at most
/// 100 %, and a map's designed order is drawn. Pictured as docs/images/explore-process.png at 1366x768.
/// </summary>
public sealed class ProcessMapBrowserTests : BrowserTest, IClassFixture<DemoDataServer>
{
    private const string Graph = "[data-testid=\"process-graph\"]";
    private readonly DemoDataServer _demo;
    private readonly List<string> _errors = [];

    public ProcessMapBrowserTests(BrowserFixture fixture, DemoDataServer demo, ITestOutputHelper output)
        : base(fixture, output)
    {
        _demo = demo;
    }

    [Fact]
    public async Task CoverageSliders_EachMoved_GraphIsTheApisAndStaysConnected()
    {
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors);
        await page.GotoAsync("/explore/process");
        await ExpectGraphAsync(page, await ProcessAsync(""));

        await page.Locator("[data-testid=\"process-paths\"]").FillAsync("30");
        var byPaths = await ProcessAsync("?paths=30");
        await ExpectGraphAsync(page, byPaths);
        await AssertConnectedAsync(page);

        await page.Locator("[data-testid=\"process-activities\"]").FillAsync("50");
        var both = await ProcessAsync("?activities=50&paths=30");
        await ExpectGraphAsync(page, both);
        await AssertConnectedAsync(page);
        Assert.True(byPaths.GetProperty("edges").GetArrayLength() < byPaths.GetProperty("allEdges").GetInt32(), "the path slider hides paths");
        Assert.True(both.GetProperty("nodes").GetArrayLength() < byPaths.GetProperty("nodes").GetArrayLength(), "the activity slider hides activities");
        Assert.Contains("activities=50&paths=30", page.Url, StringComparison.Ordinal);
        Output.WriteLine($"layout: {await page.Locator(Graph).GetAttributeAsync("data-layout-ms")} ms");
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Variants_Listed_SharesMatchTheApiAndAddUpToAtMostAll()
    {
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors);
        await page.GotoAsync("/explore/process");
        var api = await ProcessAsync("");
        await ExpectGraphAsync(page, api);
        var rows = page.Locator("[data-testid=\"process-variant\"]");
        var top = api.GetProperty("variants").GetProperty("top").EnumerateArray().ToList();
        await Expect(rows).ToHaveCountAsync(top.Count);

        var shares = new List<double>();
        for (var i = 0; i < top.Count; i++)
        {
            shares.Add(double.Parse((await rows.Nth(i).GetAttributeAsync("data-share"))!, CultureInfo.InvariantCulture));
        }

        Assert.Equal(top.Select(v => v.GetProperty("share").GetDouble()), shares);
        Assert.InRange(shares.Sum(), 0.01, 1.0 + 1e-9);
        await rows.Nth(0).ClickAsync();
        var walked = top[0].GetProperty("activities").EnumerateArray().Select(a => a.GetString()).Distinct().Count();
        await Expect(page.Locator("[data-testid=\"process-node\"][data-highlighted=\"true\"]")).ToHaveCountAsync(walked);
        Assert.Contains("variant=0", page.Url, StringComparison.Ordinal);
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DesignedOrder_WithTheTrialMap_IsDrawnPicturedAndPassesAxe()
    {
        using var http = WaymarkHttp.Client(_demo.Address);
        var mapId = await new WaymarkApi(http).MapIdAsync("SaaS free trial to paid");
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors);
        await page.GotoAsync($"/explore/process?map={mapId}");
        var api = await ProcessAsync($"?map={mapId}");
        await ExpectGraphAsync(page, api);

        var shown = api.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("activity").GetString()).ToHashSet();
        var drawn = api.GetProperty("designed").GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("position").ValueKind == JsonValueKind.Number && s.GetProperty("activities").EnumerateArray().Any(a => shown.Contains(a.GetString())))
            .ToList();
        Assert.NotEmpty(drawn);
        await Expect(page.Locator("[data-testid=\"process-designed\"]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=\"process-designed-step\"]")).ToHaveCountAsync(drawn.Count);
        await Expect(page.Locator("[data-testid=\"process-designed-step\"][data-differs=\"true\"]"))
            .ToHaveCountAsync(drawn.Count(s => s.GetProperty("differs").GetBoolean()));

        await page.Locator("[data-testid=\"process-designed-toggle\"]").UncheckAsync();
        await Expect(page.Locator("[data-testid=\"process-designed\"]")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=\"process-designed-toggle\"]").CheckAsync();
        await Expect(page.Locator("[data-testid=\"process-designed\"]")).ToBeVisibleAsync();
        await page.Mouse.MoveAsync(1300, 740);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(300);
        await ScreenshotAsync(page, "explore-process");
        await page.Locator("[data-testid=\"process-variant\"]").First.ClickAsync();
        AxeCheck.AssertNone("the process map", await AxeCheck.ViolationsAsync(page, "the process map"));
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    /// <summary>The drawn graph has the API's nodes and paths (loops included), and no activity the API did not send.</summary>
    private static async Task ExpectGraphAsync(IPage page, JsonElement api)
    {
        var graph = page.Locator(Graph);
        await Expect(graph).ToHaveAttributeAsync("data-node-count", api.GetProperty("nodes").GetArrayLength().ToString(CultureInfo.InvariantCulture));
        await Expect(graph).ToHaveAttributeAsync("data-edge-count", api.GetProperty("edges").GetArrayLength().ToString(CultureInfo.InvariantCulture));
        await Expect(graph).ToHaveAttributeAsync("aria-busy", "false");
        var drawn = await page.Locator("[data-testid=\"process-node\"]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.activity)");
        Assert.Equal(api.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("activity").GetString()).Order(), drawn.Order());
    }

    /// <summary>Read off the drawn graph: every node is reached from the start marker's arrows and reaches the end marker's.</summary>
    private static async Task AssertConnectedAsync(IPage page)
    {
        var edges = await page.Locator("[data-testid=\"process-edge\"]").EvaluateAllAsync<string[][]>("els => els.map(e => [e.dataset.from, e.dataset.to])");
        var starts = await page.Locator("[data-testid=\"process-start-edge\"]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.to)");
        var ends = await page.Locator("[data-testid=\"process-end-edge\"]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.from)");
        var nodes = await page.Locator("[data-testid=\"process-node\"]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.activity)");
        var forward = Reach(starts, edges.Select(e => (e[0], e[1])));
        var backward = Reach(ends, edges.Select(e => (e[1], e[0])));
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.True(forward.Contains(n) && backward.Contains(n), $"{n} is not between the start and the end"));
    }

    private static HashSet<string> Reach(IEnumerable<string> seeds, IEnumerable<(string From, string To)> edges)
    {
        var next = edges.ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        var reached = seeds.ToHashSet(StringComparer.Ordinal);
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var node))
        {
            foreach (var to in next[node].Where(reached.Add))
            {
                queue.Enqueue(to);
            }
        }

        return reached;
    }

    private async Task<JsonElement> ProcessAsync(string query)
    {
        using var http = WaymarkHttp.Client(_demo.Address);
        return await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/explore/process{query}");
    }
}
