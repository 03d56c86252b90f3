using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// Event sources in the browser (issue 16, part 6): two maps bound to the same activity names in two sources of one
/// workspace each show only their own source's customers; a map from a template asks for a source; and the Data
/// page's sources, pictured on the demo (docs/images/data-sources.png).
/// </summary>
public sealed class SourcesBrowserTests : BrowserTest, IClassFixture<DemoDataServer>
{
    private const string Ws = WaymarkApi.DemoWorkspace;
    private readonly DemoDataServer _demo;

    public SourcesBrowserTests(BrowserFixture fixture, DemoDataServer demo, ITestOutputHelper output)
        : base(fixture, output)
    {
        _demo = demo;
    }

    [Fact]
    public async Task TwoMapsOnTwoSources_SameActivities_EachShowsOnlyItsSourcesFigures()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var shop = await CreateSourceAsync(Api.Http, $"Web shop {tag}");
        var appMap = await Api.CreateMapAsync(BoundMap($"App journey {tag}", tag));
        var shopMap = await Api.CreateMapAsync(BoundMap($"Shop journey {tag}", tag));
        using (var bind = await Api.Http.PutAsJsonAsync($"/api/workspaces/{Ws}/maps/{shopMap}/source", new { sourceId = shop }))
        {
            bind.EnsureSuccessStatusCode();
        }

        var end = DateTime.UtcNow.Date;
        await new JourneyEvents().Add($"{tag}-app", 30, "web", Walk(tag), seed: 3, end).IngestAsync(Api.Http);
        await new JourneyEvents().Add($"{tag}-shop", 12, "web", Walk(tag), seed: 4, end).IngestAsync(Api.Http, sourceId: shop);

        var page = await NewPageAsync();
        Assert.Equal("30", await SearchCustomersAsync(page, appMap));
        Assert.Equal("12", await SearchCustomersAsync(page, shopMap));
        await Expect(page.Locator("[data-testid=\"map-source\"]")).ToHaveAttributeAsync("data-bound", shop);
        await Expect(page.Locator("[data-testid=\"map-source-picker\"] option:checked")).ToHaveTextAsync($"Web shop {tag}");

        // Rebinding in the data view moves the map to the other source's figures.
        await page.Locator("[data-testid=\"map-source-picker\"]").SelectOptionAsync(new SelectOptionValue { Label = "Trial app" });
        await Expect(Figure(page)).ToHaveTextAsync("30");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task MapFromATemplate_ReadsNoSource_UntilOneIsConnected()
    {
        using var created = await Api.Http.PostAsJsonAsync($"/api/workspaces/{Ws}/maps", new { templateId = "ecommerce-purchase" });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, id);
        await OverlayData.DataOnAsync(page);

        var source = page.Locator("[data-testid=\"map-source\"]");
        await Expect(source).ToHaveAttributeAsync("data-bound", "none");
        await Expect(source).ToContainTextAsync("Connect a data source");
        await page.Locator("[data-testid=\"map-source-picker\"]").SelectOptionAsync(new SelectOptionValue { Label = "Trial app" });
        await Expect(source).ToHaveAttributeAsync("data-bound", "src_demo");
        await Expect(source).Not.ToContainTextAsync("Connect a data source");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task NewMapDialog_TwoSources_DefaultPreselected_PickedSourceBindsTheMap()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var shop = await CreateSourceAsync(Api.Http, $"Web shop {tag}");
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "New map" }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        var picker = dialog.GetByLabel("Event source");
        await Expect(picker).ToHaveValueAsync("src_demo");
        await Expect(picker.Locator("option:checked")).ToHaveTextAsync("Trial app (default)");
        await ScreenshotAsync(page, "new-map-source-picker");

        // The picker is a native select: an arrow key moves off the default; Enter in the name field creates the map.
        await dialog.GetByLabel("Name").FillAsync($"Shop map {tag}");
        await picker.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(picker).Not.ToHaveValueAsync("src_demo");
        await picker.SelectOptionAsync(new SelectOptionValue { Label = $"Web shop {tag}" });
        await dialog.GetByLabel("Name").PressAsync("Enter");
        await page.WaitForURLAsync("**/maps/**");

        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        Assert.Equal(shop, await SourceOfAsync(id));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task NewMapDialog_DefaultLeftAsIs_BindsTheDefaultSource()
    {
        await CreateSourceAsync(Api.Http, $"Other {Guid.NewGuid().ToString("N")[..6]}");
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "New map" }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByLabel("Event source")).ToHaveValueAsync("src_demo");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Create blank map" }).ClickAsync();
        await page.WaitForURLAsync("**/maps/**");

        Assert.Equal("src_demo", await SourceOfAsync(page.Url[(page.Url.LastIndexOf('/') + 1)..]));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task DataPage_DemoSources_ArePictured()
    {
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _demo.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync("/data");
        var rows = page.Locator("[data-testid=\"sources\"] tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("Trial app");
        await Expect(rows.Nth(1)).ToContainTextAsync("Web shop");
        await Expect(rows.Nth(1).Locator("[data-testid=\"source-customers\"]")).ToHaveTextAsync("1,200");

        await rows.Nth(1).Locator("input[type=radio]").CheckAsync();
        await Expect(page.Locator("[data-testid=\"summary-customers\"]")).ToHaveTextAsync("1,200");
        await Expect(page.Locator("[data-testid=\"events-upload\"] h2")).ToHaveTextAsync("Upload a file into Web shop");
        await page.Mouse.MoveAsync(1300, 700);
        await Task.Delay(300);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Fixture.ScreenshotDirectory, "data-sources.png") });
        Output.WriteLine($"screenshot: {Path.Combine(Fixture.ScreenshotDirectory, "data-sources.png")}");
        Assert.Empty(errors);
        await context.CloseAsync();
    }

    private static JourneyMap BoundMap(string name, string tag)
    {
        var map = AcceptanceMap.Create(name);
        foreach (var step in map.Stages.SelectMany(s => s.Steps))
        {
            step.Binding = new StepBinding { Activities = [$"{step.Id} {tag}"] };
        }

        return map;
    }

    private static JourneyStepSpec[] Walk(string tag) =>
    [
        new($"{Search} {tag}", 1, TimeSpan.Zero),
        new($"{Compare} {tag}", 0.8, TimeSpan.FromMinutes(30)),
        new($"{Checkout} {tag}", 0.6, TimeSpan.FromHours(2)),
        new($"{Pay} {tag}", 0.5, TimeSpan.FromHours(6)),
    ];

    private static async Task<string> CreateSourceAsync(HttpClient http, string name)
    {
        using var response = await http.PostAsJsonAsync($"/api/workspaces/{Ws}/sources", new { name });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<string?> SourceOfAsync(string mapId)
    {
        var maps = await Api.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/maps");
        var list = maps.ValueKind == JsonValueKind.Array ? maps : maps.GetProperty("maps");
        var map = list.EnumerateArray().Single(m => m.GetProperty("id").GetString() == mapId);
        return map.GetProperty("sourceId").GetString();
    }

    private static ILocator Figure(IPage page) =>
        page.Locator($"[data-testid=\"step-figures\"][data-step-id=\"{Search}\"] [data-testid=\"fig-customers\"]");

    private static async Task<string> SearchCustomersAsync(IPage page, string mapId)
    {
        await OpenMapByIdAsync(page, mapId);
        await OverlayData.ShowAllTimeAsync(page);
        var figure = Figure(page);
        await Expect(figure).Not.ToHaveTextAsync("");
        return (await figure.TextContentAsync())!.Trim();
    }
}
