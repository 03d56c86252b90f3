using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Generation;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Explore's retention and trends on the demo's generated events: the triangle read off the screen equals the API's
/// answer and the engine's on the same events (generated again here and shifted to the server's clock), changing the
/// granularity asks again, and the trend draws its line against the previous period with the change in words. The
/// pictures are docs/images/explore-retention.png and explore-trends.png.
/// </summary>
public sealed partial class ExploreRetentionBrowserTests : BrowserTest, IClassFixture<DemoDataServer>
{
    private readonly DemoDataServer _demo;
    private readonly List<string> _errors = [];

    public ExploreRetentionBrowserTests(BrowserFixture fixture, DemoDataServer demo, ITestOutputHelper output)
        : base(fixture, output)
    {
        _demo = demo;
    }

    [Fact]
    public async Task Retention_DemoData_TriangleEqualsTheApiAndTheEngineAndFollowsTheGranularity()
    {
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors);
        await page.GotoAsync("/explore/retention");
        await Expect(page.Locator("[data-testid=\"retention-row\"]").First).ToBeVisibleAsync();
        await DemoPages.SettleAsync(page);
        await ScreenshotAsync(page, "explore-retention");

        using var http = WaymarkHttp.Client(_demo.Address);
        var api = await http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/explore/retention?granularity=week&periods=8");
        var engine = Analyze.Retention(await DemoLogAsync(http), new RetentionOptions { Granularity = TrendGranularity.Week, Periods = 8 });
        var screen = await TriangleAsync(page);
        Assert.True(screen.Count >= 10, $"{screen.Count} weekly cohorts");
        Assert.Equal(Triangle(api), screen);
        Assert.Equal(engine.Cohorts.Select(c => (Date(c.Start), c.Customers, Cells(c))), screen);
        Assert.Contains(await page.Locator("[data-testid=\"retention-cell\"]").EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.state)"), s => s == "incomplete");

        await page.Locator("[data-testid=\"retention-show-count\"]").ClickAsync();
        var first = page.Locator("[data-testid=\"retention-cell\"]").First;
        await Expect(first).ToHaveTextAsync(new Regex("^[0-9,]+\\*?$"));

        await page.Locator("[data-testid=\"retention-by\"]").SelectOptionAsync("month");
        await Expect(page).ToHaveURLAsync(new Regex("by=month"));
        await Expect(page.Locator("[data-testid=\"retention-row\"]").First).ToHaveAttributeAsync("data-start", new Regex("-01$"));
        var months = await http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/explore/retention?granularity=month&periods=8");
        await Expect(page.Locator("[data-testid=\"retention-row\"]")).ToHaveCountAsync(months.GetProperty("cohorts").GetArrayLength());
        Assert.Equal(Triangle(months), await TriangleAsync(page));
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Trends_DemoData_LineAgainstThePreviousPeriodWithTheChangeInWords()
    {
        using var http = WaymarkHttp.Client(_demo.Address);
        var activity = (await http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/activities"))[0].GetProperty("name").GetString()!;
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors);
        await page.GotoAsync($"/explore/trends?period=30d&step=activity:{Uri.EscapeDataString(activity)}");
        await Expect(page.Locator("[data-testid=\"trends-line\"]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=\"trends-previous-line\"]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=\"trends-change\"]")).ToHaveTextAsync(new Regex("^[▲▼■] ([+−][0-9.]+ %|No change) on the previous 30 days"));
        await DemoPages.SettleAsync(page);
        await ScreenshotAsync(page, "explore-trends");
        // The figures the page asked for, asked again: its last trends request names the period it resolved.
        var asked = await page.EvaluateAsync<string>("() => performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/explore/trends')).pop()");
        var body = await http.GetFromJsonAsync<JsonElement>(new Uri(asked).PathAndQuery);

        var points = body.GetProperty("current").GetProperty("points").EnumerateArray().ToList();
        Assert.Equal("day", body.GetProperty("granularity").GetString());
        Assert.InRange(points.Count, 28, 31); // the period's days up to the data's last event (docs/analytics.md, "Observed")
        Assert.Equal(points.Select(p => p.GetProperty("customers").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            await page.Locator("[data-testid=\"trends-row\"]").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.customers)"));
        var total = body.GetProperty("current").GetProperty("customers").GetInt64();
        await Expect(page.Locator("[data-testid=\"trends-total\"]")).ToHaveTextAsync(total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        var previous = body.GetProperty("previous").GetProperty("customers").GetInt64();
        var change = body.GetProperty("change").GetProperty("customers").GetDouble();
        Assert.Equal((double)(total - previous) / previous, change, 9);
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Timeline_CustomerWhoSaidSomething_ShowsTheFeedbackAsTextAmongTheEvents()
    {
        using var http = WaymarkHttp.Client(_demo.Address);
        var customer = (await http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/customers?limit=1"))[0].GetProperty("id").GetString()!;
        var timeline = await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/demo/customers/{Uri.EscapeDataString(customer)}/timeline");
        var firstAt = timeline.GetProperty("events")[0].GetProperty("at").GetDateTime().ToUniversalTime();
        const string Said = "<img src=x onerror=\"window.hacked=1\"> The <b>price page</b> confused me";
        await FeedbackIngest.IngestAsync(http, [new Dictionary<string, object?>
        {
            ["id"] = "timeline-browser-1", ["customerId"] = customer, ["time"] = firstAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = Said, ["score"] = 4, ["scoreType"] = "nps", ["source"] = "survey",
        }]);
        var page = await DemoPages.NewAsync(Fixture.Browser, _demo.Address, _errors);
        var id = await new WaymarkApi(http).MapIdAsync("SaaS free trial to paid");
        await OpenMapByIdAsync(page, id);

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Evidence" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Customer timeline…" }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Customer id" }).FillAsync(customer);
        await page.Locator("[data-testid=\"customer-suggestion\"]").First.ClickAsync();

        var said = page.Locator("[data-testid=\"timeline-feedback\"]").Filter(new LocatorFilterOptions { HasText = "price page" });
        await Expect(said).ToHaveCountAsync(1);
        await Expect(said.Locator("[data-testid=\"said-text\"]")).ToHaveTextAsync(Said);
        await Expect(said.Locator("[data-testid=\"said-score\"]")).ToHaveTextAsync("NPS 4");
        await Expect(said).ToContainTextAsync("Survey");
        Assert.Equal(0, await said.Locator("img, b").CountAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => window.hacked === 1"));
        // In time order: at the same instant as the customer's first event, so right after it.
        var items = page.Locator("[data-testid=\"timeline-event\"], [data-testid=\"timeline-feedback\"]");
        Assert.Equal(["timeline-event", "timeline-feedback"], (await items.EvaluateAllAsync<string[]>("xs => xs.map(x => x.dataset.testid)")).Take(2));
        Assert.Empty(_errors);
    }

    /// <summary>The demo's events as the server holds them: generated again, shifted by the server's clock (found from one customer's first event).</summary>
    private static async Task<EventLog> DemoLogAsync(HttpClient http)
    {
        var data = JourneyGenerator.GenerateTrial(GeneratorPresets.Demo(new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        var sample = data.Events[0];
        var timeline = await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/demo/customers/{Uri.EscapeDataString(sample.CustomerId)}/timeline");
        var first = timeline.GetProperty("events")[0];
        Assert.Equal(sample.Activity, first.GetProperty("activity").GetString());
        var shift = first.GetProperty("at").GetDateTime().ToUniversalTime().Ticks - sample.UtcTicks;
        var builder = new EventLogBuilder();
        foreach (var e in data.Events)
        {
            builder.Add(e.CustomerId, e.UtcTicks + shift, e.Activity, e.Channel);
        }

        return builder.Build();
    }

    private static async Task<List<(string Start, long Customers, string Cells)>> TriangleAsync(IPage page)
    {
        var rows = await page.Locator("[data-testid=\"retention-row\"]").EvaluateAllAsync<string[][]>(
            "rs => rs.map(r => [r.dataset.start, r.querySelector('[data-testid=retention-size]').textContent, " +
            "[...r.querySelectorAll('[data-testid=retention-cell]')].map(c => c.dataset.customers).join(' ')])");
        return [.. rows.Select(r => (r[0], long.Parse(r[1], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture), r[2]))];
    }

    private static List<(string Start, long Customers, string Cells)> Triangle(JsonElement answer) =>
        [.. answer.GetProperty("cohorts").EnumerateArray().Select(c => (c.GetProperty("start").GetString()!, c.GetProperty("customers").GetInt64(),
            string.Join(' ', c.GetProperty("cells").EnumerateArray().Where(x => x.GetProperty("period").GetInt32() > 0 && x.GetProperty("state").GetString() != "notYet")
                .Select(x => x.GetProperty("customers").GetInt64()))))];

    private static string Cells(RetentionCohort cohort) =>
        string.Join(' ', cohort.Cells.Where(c => c.Period > 0 && c.State != RetentionCellState.NotYet).Select(c => c.Customers));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
