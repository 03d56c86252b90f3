using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// Attribution on the map (issue 19 item 5): opened from the data bar, its figures equal GET …/attribution, the
/// by-switch is a radio group the arrow keys move, a touchpoint shows its step, a channel named like markup reads as
/// text, a share link's guest reads it, and the pictures on the demo's trial map.
/// </summary>
public sealed class AttributionTests : BrowserTest, IClassFixture<DemoDataServer>
{
    private static readonly string[] Models = ["firstTouch", "lastTouch", "linear", "timeDecay", "positionBased", "markovFirstOrder", "markovSecondOrder", "shapley"];
    private static readonly string[] StepIds = [Search, Compare, Checkout, Pay];
    private static readonly Dictionary<string, string> StepNames = new(StringComparer.Ordinal)
    {
        [Search] = "Searches", [Compare] = "Compares offers", [Checkout] = "Checks out", [Pay] = "Pays",
    };

    private readonly DemoDataServer _demo;
    private readonly List<string> _demoErrors = [];

    public AttributionTests(BrowserFixture fixture, DemoDataServer demo, ITestOutputHelper output)
        : base(fixture, output)
    {
        _demo = demo;
    }

    [Fact]
    public async Task Attribution_OnASeededMap_EqualsTheApi_ByChannelAndByTouchpoint()
    {
        var (data, mapId) = await AttributionData.CreateAsync(Api, "Attribution");
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);
        await OverlayData.ShowAllTimeAsync(page);

        var toggle = page.Locator("[data-testid=\"toggle-attribution\"]");
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        var panel = page.Locator("[data-testid=\"attribution-panel\"]");
        await Expect(panel.Locator("[data-testid=\"attribution-table\"][data-by=\"channel\"]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(panel.Locator("[data-testid=\"attribution-scope\"]")).ToContainTextAsync("All time, all customers");
        var byChannel = await AttributionData.AnswerAsync(Api.Http, mapId, "channel");
        Assert.True(byChannel.GetProperty("conversions").GetInt64() > 20);

        foreach (var channel in data.Channels)
        {
            var expected = AttributionData.Player(byChannel, channel);
            var row = panel.Locator($"[data-testid=\"attribution-row\"][data-player=\"{channel}\"]");
            await Expect(row.Locator("th")).ToHaveTextAsync(channel); // the markup-like name is text, not a tag
            foreach (var model in Models)
            {
                AttributionData.AssertShown(expected.GetProperty("credits").GetProperty(model).GetDouble(), await AttributionData.CreditAsync(row, model), $"{channel} {model}");
            }

            await Expect(row.Locator("td").First).ToContainTextAsync(expected.GetProperty("touches").GetInt64().ToString("N0", CultureInfo.InvariantCulture));
        }

        await Expect(panel.Locator("table i")).ToHaveCountAsync(0);
        var conversions = byChannel.GetProperty("conversions").GetInt64().ToString("N0", CultureInfo.InvariantCulture) + ".0";
        foreach (var model in Models)
        {
            await Expect(panel.Locator($"[data-testid=\"attribution-total\"] td[data-model=\"{model}\"]")).ToHaveTextAsync(conversions);
        }

        // The switch is a radio group: the arrow key moves to touchpoints, as in every radio group.
        await panel.GetByRole(AriaRole.Radio, new() { Name = "By channel" }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(panel.GetByRole(AriaRole.Radio, new() { Name = "By touchpoint" })).ToBeCheckedAsync();
        await Expect(panel.Locator("[data-testid=\"attribution-table\"][data-by=\"touchpoint\"]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var byStep = await AttributionData.AnswerAsync(Api.Http, mapId, "touchpoint");
        var touched = StepIds.Where(id => byStep.GetProperty("players").EnumerateArray().Any(p => p.GetProperty("name").GetString() == id)).ToArray();
        Assert.NotEmpty(touched);
        await Expect(panel.Locator("[data-testid=\"attribution-row\"] th")).ToHaveTextAsync(touched.Select(id => StepNames[id]).ToArray());
        foreach (var id in touched)
        {
            var row = panel.Locator($"[data-testid=\"attribution-row\"][data-player=\"{id}\"]");
            var credits = AttributionData.Player(byStep, id).GetProperty("credits");
            AttributionData.AssertShown(credits.GetProperty("linear").GetDouble(), await AttributionData.CreditAsync(row, "linear"), $"{id} linear");
            AttributionData.AssertShown(credits.GetProperty("shapley").GetDouble(), await AttributionData.CreditAsync(row, "shapley"), $"{id} shapley");
        }

        // A touchpoint's name shows its step on the map.
        await panel.GetByRole(AriaRole.Button, new() { Name = StepNames[touched[^1]] }).ClickAsync();
        await Expect(page.Locator($"[data-testid=\"map-grid\"] [data-testid=\"step-header\"][data-step-id=\"{touched[^1]}\"]")).ToBeFocusedAsync();

        await panel.Locator("[data-testid=\"attribution-models-info\"]").ClickAsync();
        await Expect(panel.Locator("[data-testid=\"attribution-models\"] dt")).ToHaveCountAsync(8);
        await Expect(panel.Locator("[data-testid=\"attribution-row\"]").First).ToBeInViewportAsync(); // the open guide does not squeeze the table away
        AxeCheck.AssertNone("attribution panel", await AxeCheck.ViolationsAsync(page, "attribution panel", panel));
        await ScreenshotAsync(page, "attribution-seeded-touchpoints");

        // Esc closes the panel and gives the focus back to the data bar's switch.
        await panel.Locator("h2").FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToHaveCountAsync(0);
        await Expect(toggle).ToBeFocusedAsync();
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Attribution_ForAShareLinkGuestWithData_IsReadable()
    {
        var (_, mapId) = await AttributionData.CreateAsync(Api, "Shared attribution");
        using var response = await Api.Http.PostAsJsonAsync($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/share-links",
            new { access = "view", includesData = true });
        response.EnsureSuccessStatusCode();
        using var link = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var guest = await NewPageAsync();
        await guest.GotoAsync(link.RootElement.GetProperty("path").GetString()!);
        await guest.Locator(CompleteGridSelector).WaitForAsync();

        await OverlayData.ShowAllTimeAsync(guest);
        await guest.Locator("[data-testid=\"toggle-attribution\"]").ClickAsync();
        var panel = guest.Locator("[data-testid=\"attribution-panel\"]");
        await Expect(panel.Locator("[data-testid=\"attribution-table\"]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var answer = await AttributionData.AnswerAsync(Api.Http, mapId, "channel");
        await Expect(panel.Locator("[data-testid=\"attribution-row\"]")).ToHaveCountAsync(answer.GetProperty("players").GetArrayLength());
        await Expect(panel.Locator("[data-testid=\"attribution-total\"] td[data-model=\"linear\"]"))
            .ToHaveTextAsync(answer.GetProperty("conversions").GetInt64().ToString("N0", CultureInfo.InvariantCulture) + ".0");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Attribution_OnTheTrialMap_IsPictured()
    {
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _demoErrors);
        using var http = WaymarkHttp.Client(_demo.Address);
        var mapId = await new WaymarkApi(http).MapIdAsync("SaaS free trial to paid");
        await OpenMapByIdAsync(page, mapId);
        await page.Locator("[data-testid=\"zoom-level\"]").SelectOptionAsync("0.75");
        await OverlayData.WaitForFiguresAsync(page);

        await page.Locator("[data-testid=\"toggle-attribution\"]").ClickAsync();
        var panel = page.Locator("[data-testid=\"attribution-panel\"]");
        await Expect(panel.Locator("[data-testid=\"attribution-table\"][data-by=\"channel\"]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // The data view's default period: the last 30 days to the end of today (UTC), as the panel asks for it.
        var today = DateTime.UtcNow.Date;
        var range = $"&from={Uri.EscapeDataString(Iso(today.AddDays(-29)))}&to={Uri.EscapeDataString(Iso(today.AddDays(1)))}";
        var answer = await AttributionData.AnswerAsync(http, mapId, "channel", range);
        Assert.True(answer.GetProperty("players").GetArrayLength() >= 3);
        await Expect(panel.Locator("[data-testid=\"attribution-total\"] td[data-model=\"shapley\"]"))
            .ToHaveTextAsync(answer.GetProperty("conversions").GetInt64().ToString("N0", CultureInfo.InvariantCulture) + ".0");
        var first = answer.GetProperty("players")[0];
        var row = panel.Locator($"[data-testid=\"attribution-row\"][data-player=\"{first.GetProperty("name").GetString()}\"]");
        AttributionData.AssertShown(first.GetProperty("credits").GetProperty("markovFirstOrder").GetDouble(), await AttributionData.CreditAsync(row, "markovFirstOrder"), "markov");
        await page.Mouse.MoveAsync(700, 760);
        await DemoPages.SettleAsync(page);
        await ScreenshotAsync(page, "attribution-by-channel");

        await panel.GetByRole(AriaRole.Radio, new() { Name = "By touchpoint" }).CheckAsync();
        await Expect(panel.Locator("[data-testid=\"attribution-table\"][data-by=\"touchpoint\"]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.Mouse.MoveAsync(700, 760);
        await DemoPages.SettleAsync(page);
        await ScreenshotAsync(page, "attribution-by-touchpoint");

        await panel.Locator("[data-testid=\"attribution-models-info\"]").ClickAsync();
        await Expect(panel.Locator("[data-testid=\"attribution-models\"] dt")).ToHaveCountAsync(8);
        await page.Mouse.MoveAsync(700, 760);
        await DemoPages.SettleAsync(page);
        await ScreenshotAsync(page, "attribution-models-guide");
        Assert.Empty(_demoErrors);
        await page.Context.CloseAsync();
    }

    private static string Iso(DateTime day) => day.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
