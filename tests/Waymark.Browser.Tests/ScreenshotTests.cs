using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Core.Templates;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The pictures of the product the README shows: the home page, the template gallery, an open template map and the
/// persona editor, each taken once the screen has finished loading (no skeletons, no spinners). Each also checks
/// that what is pictured is really there, so a broken screen fails instead of being photographed.
/// </summary>
[Collection(BrowserCollection.Second)]
public sealed class ScreenshotTests : BrowserTest
{
    public ScreenshotTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task Home_Loaded_IsPictured()
    {
        var maps = await Api.MapsAsync();
        var page = await NewPageAsync();

        await page.GotoAsync("/");
        var cards = page.Locator("[data-testid=\"map-card\"]");
        await Expect(cards).ToHaveCountAsync(maps.Count);
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Journey maps" })).ToBeVisibleAsync();
        await Settle(page);

        await ScreenshotAsync(page, "home");
        Assert.True(maps.Count >= TemplateLibrary.All.Count);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task TemplateGallery_Loaded_IsPictured()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/templates");
        await Expect(page.Locator("[data-testid=\"template-card\"]")).ToHaveCountAsync(TemplateLibrary.All.Count);
        // Every card has drawn its miniature (the preview button appears when the template's document is loaded).
        await Expect(page.Locator("[data-testid=\"template-card\"] figure")).ToHaveCountAsync(TemplateLibrary.All.Count);
        await Settle(page);

        await ScreenshotAsync(page, "gallery");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task BankAccountTemplateMap_ScrolledToTheEmotionCurve_IsPictured()
    {
        var template = TemplateLibrary.Find("b2b-bank-account")!.Create();
        var page = await NewPageAsync();
        await OpenMapAsync(page, template.Name);
        await Expect(page.Locator("[data-testid=\"stage-header\"]")).ToHaveCountAsync(template.Stages.Count);
        await Settle(page);
        await ScreenshotAsync(page, "map-top");

        var emotion = page.Locator("[data-testid=\"emotion-point\"]");
        await Expect(emotion.First).ToBeVisibleAsync();
        await ScrollGridToAsync(page, page.Locator("[data-lane-kind=\"emotionCurve\"]").First, 230);
        await Settle(page);
        await ScreenshotAsync(page, "map-100");
        await page.Locator("[data-testid=\"zoom-level\"]").SelectOptionAsync("0.75");
        await ScrollGridToAsync(page, page.Locator("[data-lane-kind=\"emotionCurve\"]").First, 260);
        await Settle(page);
        await ScreenshotAsync(page, "map");
        Assert.True(await emotion.CountAsync() >= template.StepCount());
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task ServiceBlueprintMap_ScrolledToTheLineOfVisibility_IsPictured()
    {
        var template = TemplateLibrary.Find("service-blueprint")!.Create();
        var page = await NewPageAsync();
        await OpenMapAsync(page, template.Name);
        var line = page.Locator("[data-testid=\"line-of-visibility\"]");
        await Expect(line).ToHaveCountAsync(1);
        await page.Locator("[data-testid=\"zoom-level\"]").SelectOptionAsync("0.75");
        await ScrollGridToAsync(page, line, 350);
        await page.Locator("[data-testid=\"map-grid\"]").EvaluateAsync("g => { g.scrollLeft = 4 * 165; }");
        await Settle(page);

        await ScreenshotAsync(page, "map-blueprint");
        await Expect(line).ToBeInViewportAsync();
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task PersonaEditor_OfATemplatePersona_IsPictured()
    {
        var persona = TemplateLibrary.Find("b2b-bank-account")!.Create().Personas[0];
        var page = await NewPageAsync();

        await page.GotoAsync("/personas");
        var card = page.Locator("[data-testid=\"persona-card\"]").Filter(new LocatorFilterOptions { HasText = persona.Name });
        await Settle(page);
        await ScreenshotAsync(page, "persona-library");
        await card.First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/personas/[^/]+$"));
        await Expect(page.Locator("[data-testid=\"persona-name\"]")).ToHaveValueAsync(persona.Name);
        await Settle(page);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Math.round(window.scrollY)")); // opens at its top, not the list's offset

        await ScreenshotAsync(page, "persona");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task EcommerceMap_WithTheDataViewOn_IsPictured()
    {
        var id = await ShopData.CreateAsync(Api, "Running shoes purchase");
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, id);
        await OverlayData.DataOnAsync(page);
        await OverlayData.WaitForFiguresAsync(page);
        await Expect(page.Locator("[data-testid=\"fig-customers\"]").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=\"funnel-step\"]")).ToHaveCountAsync(8); // the ad to payment
        await page.Locator("[data-testid=\"zoom-level\"]").SelectOptionAsync("0.9");
        await Settle(page);

        await ScreenshotAsync(page, "map-overlay");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task TwoSegmentsCompared_OnTheEcommerceMap_IsPictured()
    {
        var id = await ShopData.CreateAsync(Api, "Running shoes: ads vs email");
        var ads = await SegmentAsync("Came from ads", "Shoppers whose first visit came from a paid ad", "ads");
        var email = await SegmentAsync("Email subscribers", "Shoppers who first came through a newsletter", "email");
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, id);
        await OverlayData.DataOnAsync(page);
        await page.Locator("[data-testid=\"segment-picker\"]").SelectOptionAsync(ads);
        await page.Locator("[data-testid=\"compare-picker\"]").SelectOptionAsync(email);
        await OverlayData.WaitForFiguresAsync(page);
        await Expect(page.Locator("[data-testid=\"cmp-mark\"][data-significant=\"true\"]").First).ToBeVisibleAsync();
        await page.Locator("[data-testid=\"zoom-level\"]").SelectOptionAsync("0.9");
        await Settle(page);

        await ScreenshotAsync(page, "segments-compare");
        Assert.Empty(PageErrors);
    }

    /// <summary>The segment with this name (created once per run through the API, by acquisition channel); its id.</summary>
    private async Task<string> SegmentAsync(string name, string description, string channel)
    {
        var url = $"/api/workspaces/{WaymarkApi.DemoWorkspace}/segments";
        var existing = (await Api.Http.GetFromJsonAsync<JsonElement>(url)).EnumerateArray()
            .FirstOrDefault(s => s.GetProperty("name").GetString() == name);
        if (existing.ValueKind == JsonValueKind.Object)
        {
            return existing.GetProperty("id").GetString()!;
        }

        using var created = await Api.Http.PostAsJsonAsync(url, new
        {
            name,
            description,
            conditions = new { attributes = Array.Empty<object>(), did = Array.Empty<string>(), didNot = Array.Empty<string>(), channels = new[] { channel } },
        });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Scrolls the map's own scroll box so <paramref name="target"/> sits <paramref name="fromTop"/> px under its top.</summary>
    private static async Task ScrollGridToAsync(IPage page, ILocator target, int fromTop)
    {
        await target.EvaluateAsync(
            """
            (el, fromTop) => {
              const grid = el.closest('[data-testid="map-grid"]');
              const delta = el.getBoundingClientRect().top - grid.getBoundingClientRect().top;
              grid.scrollTop += delta - fromTop;
            }
            """,
            fromTop);
    }

    /// <summary>Waits for the network and fonts to be idle and transitions to end, so nothing is caught half-drawn.</summary>
    private static async Task Settle(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.WaitForTimeoutAsync(300);
    }
}
