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
