using System.Globalization;
using Microsoft.Playwright;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The pictures of feedback on the demo's SaaS trial map (the demo server's generated feedback): the step feedback
/// strips with a step's feedback panel open (docs/images/map-feedback.png), and the emotion curve measured from
/// feedback beside the designed one (docs/images/emotion-measured.png). Each checks first that it shows real figures.
/// </summary>
public sealed class MapFeedbackScreenshotTests : BrowserTest, IClassFixture<DemoDataServer>
{
    private const string TrialMap = "SaaS free trial to paid";
    private readonly DemoDataServer _demo;
    private readonly List<string> _errors = [];

    public MapFeedbackScreenshotTests(BrowserFixture fixture, DemoDataServer demo, ITestOutputHelper output)
        : base(fixture, output)
    {
        _demo = demo;
    }

    [Fact]
    public async Task StepFeedbackPanel_OnTheTrialMap_ShowsScoresAndQuotes_AndIsPictured()
    {
        var page = await OpenTrialMapAsync();
        var strips = page.Locator("[data-testid^=\"step-feedback-\"]:not([data-testid=\"step-feedback-none\"]):not([data-testid=\"step-feedback-loading\"])");
        await Expect(strips.First).ToBeVisibleAsync();
        Assert.True(await strips.CountAsync() >= 3, "the demo's feedback lands on several steps");

        // The step with the most feedback, opened from the keyboard.
        var counts = new List<int>();
        for (var i = 0; i < await strips.CountAsync(); i++)
        {
            counts.Add(int.Parse(await strips.Nth(i).GetAttributeAsync("data-count") ?? "0", CultureInfo.InvariantCulture));
        }

        var busiest = strips.Nth(counts.IndexOf(counts.Max()));
        await busiest.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var panel = page.Locator("[data-testid=\"feedback-panel\"]");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(busiest).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(panel.Locator("[data-testid=\"feedback-sentiment-mean\"]")).ToBeVisibleAsync();
        await Expect(panel.Locator("[data-testid=\"feedback-quote\"]").First).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await panel.Locator("[data-testid=\"feedback-quote-text\"]").First.TextContentAsync()));
        // The picture shows the panel as read, not the keyboard's focus ring on its title.
        await panel.Locator("h2").EvaluateAsync("el => el.blur()");
        await page.Mouse.MoveAsync(700, 760);
        await Settle(page);
        await ScreenshotAsync(page, "map-feedback");
        await panel.Locator("[data-testid=\"feedback-quote\"]").First.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "map-feedback-quotes");

        var violations = await AccessibilityTests.RunAxeAsync(page);
        Assert.True(violations.Count == 0, $"feedback panel: {violations.Count} WCAG A/AA violations:\n{string.Join("\n", violations)}");

        await panel.Locator("h2").FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToHaveCountAsync(0);
        await Expect(busiest).ToBeFocusedAsync();
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MeasuredEmotionCurve_BesideTheDesignedOne_IsPictured()
    {
        var page = await OpenTrialMapAsync();
        var measured = page.Locator("[data-testid=\"emotion-measured-point\"]");
        await Expect(measured.First).ToBeAttachedAsync();
        Assert.True(await measured.CountAsync() >= 3, "the measured curve has a point at several steps");
        await Expect(page.Locator("[data-testid=\"emotion-legend-measured\"]")).ToHaveTextAsync("Measured from feedback");
        var texts = int.Parse(await measured.First.GetAttributeAsync("data-texts") ?? "0", CultureInfo.InvariantCulture);
        Assert.True(texts > 0);

        // The funnel steps aside and the emotion lane is scrolled up under the step headers.
        await page.Locator("[data-testid=\"toggle-funnel\"]").ClickAsync();
        await page.Locator("[data-testid=\"emotion-measured\"]").First.EvaluateAsync(
            "el => { const grid = document.querySelector('[data-testid=\"map-grid\"]'); const lane = el.closest('[data-row]') ?? el; grid.scrollTop += lane.getBoundingClientRect().top - 372; }");
        // Hover the first point no designed face covers: its figures show in a tip.
        for (var i = 1; i < await measured.CountAsync(); i++)
        {
            try
            {
                await measured.Nth(i).HoverAsync(new LocatorHoverOptions { Trial = true, Timeout = 500 });
            }
            catch (TimeoutException)
            {
                continue;
            }

            await measured.Nth(i).HoverAsync();
            break;
        }

        await Expect(page.Locator("[data-testid=\"emotion-measured-tip\"]")).ToBeVisibleAsync();
        await Settle(page);
        await ScreenshotAsync(page, "emotion-measured");
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenTrialMapAsync()
    {
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _demo.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => _errors.Add(error);
        using var http = new HttpClient { BaseAddress = _demo.Address };
        var id = await new WaymarkApi(http).MapIdAsync(TrialMap);
        await OpenMapByIdAsync(page, id);
        await page.Locator("[data-testid=\"zoom-level\"]").SelectOptionAsync("0.75");
        await Expect(page.Locator("[data-testid=\"toggle-data\"]")).ToHaveAttributeAsync("aria-pressed", "true");
        return page;
    }

    /// <summary>Waits until requests, fonts and transitions are done, so the picture shows the finished screen.</summary>
    private static async Task Settle(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.WaitForTimeoutAsync(300);
    }
}
