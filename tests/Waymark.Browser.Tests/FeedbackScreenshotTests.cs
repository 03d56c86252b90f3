using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The pictures of issue 6's screens on the demo workspace's generated events and feedback: a survey export being
/// mapped on the Data page's feedback tab (feedback-upload.png), "Where it hurts" on the SaaS trial map once it shows
/// findings (insights-panel.png), the step feedback strips with a step's panel open (map-feedback.png) and the emotion
/// curve measured from feedback beside the designed one (emotion-measured.png). Each checks first that it shows real figures.
/// </summary>
public sealed class FeedbackScreenshotTests : BrowserTest, IClassFixture<DemoDataServer>
{
    private const string TrialMap = "SaaS free trial to paid";
    private readonly DemoDataServer _demo;
    private readonly List<string> _errors = [];

    public FeedbackScreenshotTests(BrowserFixture fixture, DemoDataServer demo, ITestOutputHelper output)
        : base(fixture, output)
    {
        _demo = demo;
    }

    [Fact]
    public async Task FeedbackMapping_IsPictured()
    {
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors, 20_000);
        await page.GotoAsync("/data/feedback");
        await Expect(page.GetByTestId("summary-feedback-items")).Not.ToHaveTextAsync("–");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "survey-responses-2026-11.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(SurveyExport()),
        });
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Which column holds what?" })).ToBeVisibleAsync();
        await Label(page, "Source").SelectOptionAsync("Kanal");
        await DemoPages.SettleAsync(page);
        Assert.Empty(_errors);

        var path = Path.Combine(Fixture.ScreenshotDirectory, "feedback-upload.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Output.WriteLine($"screenshot: {path}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task InsightsPanel_OnTheTrialMap_IsPictured()
    {
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors, 20_000);
        using var http = WaymarkHttp.Client(_demo.Address);
        await OpenMapByIdAsync(page, await new WaymarkApi(http).MapIdAsync(TrialMap));
        await page.Locator("[data-testid=\"zoom-level\"]").SelectOptionAsync("0.75");

        await page.Locator("[data-testid=\"toggle-insights\"]").ClickAsync();
        var panel = page.Locator("[data-testid=\"insights-panel\"]");
        await Expect(panel.Locator("[data-testid=\"finding\"]").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(panel).Not.ToHaveAttributeAsync("aria-busy", "true");
        await page.Mouse.MoveAsync(700, 760);
        await DemoPages.SettleAsync(page);

        await ScreenshotAsync(page, "insights-panel");
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
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
        await DemoPages.SettleAsync(page);
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
        await DemoPages.SettleAsync(page);
        await ScreenshotAsync(page, "emotion-measured");
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    /// <summary>The demo's trial map at 75 % with the data view on.</summary>
    private async Task<IPage> OpenTrialMapAsync()
    {
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors, 20_000);
        using var http = WaymarkHttp.Client(_demo.Address);
        await OpenMapByIdAsync(page, await new WaymarkApi(http).MapIdAsync(TrialMap));
        await page.Locator("[data-testid=\"zoom-level\"]").SelectOptionAsync("0.75");
        await Expect(page.Locator("[data-testid=\"toggle-data\"]")).ToHaveAttributeAsync("aria-pressed", "true");
        return page;
    }

    /// <summary>A page on the demo-data server (the shared one has no demo events or feedback).</summary>
    /// <summary>The select of a column role by its accessible name (a required one's star is hidden from it).</summary>
    private static ILocator Label(IPage page, string label) => page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });

    /// <summary>A survey tool's export (German source column, so one role is mapped by hand) for the picture.</summary>
    private static string SurveyExport()
    {
        string[] comments =
        [
            "Connecting my bank took three tries and the error said nothing useful.",
            "Setup was quick, the checklist kept me on track.",
            "",
            "I could not find where to invite my accountant. Had to ask support.",
            "Great templates, saved me an afternoon!",
            "The CSV import failed twice on dates, so confusing",
        ];
        string[] sources = ["survey", "survey", "survey", "chat", "review", "email"];
        var text = new StringBuilder("response_id,customer_id,submitted_at,type,score,comment,Kanal,lang\n");
        for (var i = 0; i < 18; i++)
        {
            var time = new DateTime(2026, 11, 3, 9, 0, 0, DateTimeKind.Utc).AddMinutes(i * 53);
            var comment = comments[i % comments.Length];
            text.Append(CultureInfo.InvariantCulture, $"r-{4100 + i},cust-{1040 + (i / 2)},{time:yyyy-MM-dd'T'HH:mm:ss'Z'},nps,{(i * 7) % 11},")
                .Append(comment.Length == 0 ? string.Empty : $"\"{comment}\"")
                .Append(CultureInfo.InvariantCulture, $",{sources[i % sources.Length]},en\n");
        }

        return text.ToString();
    }
}
