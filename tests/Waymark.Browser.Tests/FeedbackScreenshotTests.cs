using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The pictures of issue 6's screens (docs/images/feedback-upload.png and insights-panel.png): a survey export being
/// mapped on the Data page's feedback tab of the demo workspace, and "Where it hurts" on the demo's SaaS trial map with its generated
/// events and feedback, once the panel has loaded and shows findings.
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
        var page = await NewDemoPageAsync();
        await page.GotoAsync("/data/feedback");
        await Expect(page.GetByTestId("summary-feedback-items")).Not.ToHaveTextAsync("–");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "survey-responses-2026-11.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(SurveyExport()),
        });
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Which column holds what?" })).ToBeVisibleAsync();
        await Label(page, "Source").SelectOptionAsync("Kanal");
        await Settle(page);
        Assert.Empty(_errors);

        var path = Path.Combine(Fixture.ScreenshotDirectory, "feedback-upload.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Output.WriteLine($"screenshot: {path}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task InsightsPanel_OnTheTrialMap_IsPictured()
    {
        var page = await NewDemoPageAsync();
        using var http = new HttpClient { BaseAddress = _demo.Address };
        await OpenMapByIdAsync(page, await new WaymarkApi(http).MapIdAsync(TrialMap));
        await page.Locator("[data-testid=\"zoom-level\"]").SelectOptionAsync("0.75");

        await page.Locator("[data-testid=\"toggle-insights\"]").ClickAsync();
        var panel = page.Locator("[data-testid=\"insights-panel\"]");
        await Expect(panel.Locator("[data-testid=\"finding\"]").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(panel).Not.ToHaveAttributeAsync("aria-busy", "true");
        await page.Mouse.MoveAsync(700, 760);
        await Settle(page);

        await ScreenshotAsync(page, "insights-panel");
        Assert.Empty(_errors);
        await page.Context.CloseAsync();
    }

    /// <summary>A page on the demo-data server (the shared one has no demo events or feedback).</summary>
    private async Task<IPage> NewDemoPageAsync()
    {
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _demo.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => _errors.Add(error);
        return page;
    }

    /// <summary>The select of a column role by its accessible name (a required one's star is hidden from it).</summary>
    private static ILocator Label(IPage page, string label) => page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });

    private static async Task Settle(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.WaitForTimeoutAsync(300);
    }

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
