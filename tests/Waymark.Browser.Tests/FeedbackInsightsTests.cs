using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Issue 6's acceptance: a feedback CSV uploaded through the Data page (mapped, imported, its bad row rejected by
/// line, markup shown as text), the map's steps showing the same scores and quotes as GET …/feedback, the "Where it
/// hurts" panel showing the findings of GET …/insights, and a finding followed to its step (scrolled into view,
/// focused, lit up). Both screens pass axe.
/// </summary>
[Collection(BrowserCollection.Second)]
public sealed class FeedbackInsightsTests : BrowserTest
{
    public FeedbackInsightsTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    private const string StepMarksCss =
        "[...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\\n')";

    [Fact]
    public async Task FeedbackUploaded_ShowsOnTheSteps_AndAFindingLeadsToItsStep()
    {
        var (data, mapId) = await OverlayData.CreateAsync(Api, "Voice of the customer");
        var page = await NewPageAsync();
        await UploadAsync(page, data);

        await OpenMapByIdAsync(page, mapId);
        await OverlayData.ShowAllTimeAsync(page);
        await StepFeedbackEqualsTheApiAsync(page, mapId, data.Tag);

        var insights = await InsightsAsync(mapId);
        var toggle = page.Locator("[data-testid=\"toggle-insights\"]");
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter"); // keyboard reachable: a real button in the data bar
        var panel = page.Locator("[data-testid=\"insights-panel\"]");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Where it hurts" })).ToBeFocusedAsync();
        await Expect(panel).Not.ToHaveAttributeAsync("aria-busy", "true");
        await FindingsEqualTheApiAsync(panel, insights);

        var finding = panel.Locator("[data-testid=\"finding\"]", new() { Has = page.Locator("[data-testid=\"show-step\"]") }).First;
        var stepId = await finding.GetAttributeAsync("data-step-id");
        Assert.False(string.IsNullOrEmpty(stepId));
        var header = page.Locator($"[data-testid=\"map-grid\"] [data-testid=\"step-header\"][data-step-id=\"{stepId}\"]");
        await page.Locator("[data-testid=\"zoom-level\"]").SelectOptionAsync("1.5");
        Assert.True(await ScrollAwayAsync(page, stepId!), "the grid could not be scrolled away from the step");
        await Expect(header).Not.ToBeInViewportAsync(new() { Ratio = 1 });

        await finding.Locator("[data-testid=\"show-step\"]").ClickAsync();

        await Expect(header).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(header).ToBeFocusedAsync();
        // The step marks are a constructed style sheet (the CSP applies no inline <style>): read its rules.
        await page.WaitForFunctionAsync($"() => ({StepMarksCss}).includes('step-flash')");
        Assert.Contains($"[data-step-id=\"{stepId}\"]", await page.EvaluateAsync<string>($"() => {StepMarksCss}"), StringComparison.Ordinal);
        await page.WaitForFunctionAsync($"() => !({StepMarksCss}).includes('step-flash')", null, new() { Timeout = 6_000 }); // the light goes out by itself

        var violations = await AccessibilityTests.RunAxeAsync(page, "[data-testid=\"insights-panel\"]");
        Assert.True(violations.Count == 0, $"insights panel: {violations.Count} WCAG A/AA violations:\n{string.Join("\n", violations)}");
        await ScreenshotAsync(page, "insights-followed");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task InsightsPanel_OnAMapWithoutData_SaysHowToGetFindings_AndClosesToItsButton()
    {
        var mapId = await Api.CreateMapAsync(AcceptanceMap.Create("No findings " + Guid.NewGuid().ToString("N")[..6]));
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);
        await OverlayData.DataOnAsync(page);

        var toggle = page.Locator("[data-testid=\"toggle-insights\"]");
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        var panel = page.Locator("[data-testid=\"insights-panel\"]");
        await Expect(panel.Locator("[data-testid=\"insights-empty\"]")).ToContainTextAsync("No findings yet: bind steps and add feedback");
        await Expect(panel.GetByRole(AriaRole.Link, new() { Name = "Add feedback" })).ToHaveAttributeAsync("href", "/data/feedback");
        var violations = await AccessibilityTests.RunAxeAsync(page, "[data-testid=\"insights-panel\"]");
        Assert.True(violations.Count == 0, $"empty insights panel: {violations.Count} WCAG A/AA violations:\n{string.Join("\n", violations)}");

        await page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToHaveCountAsync(0);
        await Expect(toggle).ToBeFocusedAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task FeedbackTab_IdleMappingAndResult_HaveNoWcagAaViolations()
    {
        var (data, _) = await OverlayData.CreateAsync(Api, "Feedback axe");
        var page = await NewPageAsync();
        await page.GotoAsync("/data/feedback");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Send feedback live" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("summary-feedback-items")).Not.ToHaveTextAsync("–");
        var idle = await AccessibilityTests.RunAxeAsync(page);

        var (csv, _) = FeedbackData.Csv(data);
        await ChooseFileAsync(page, "answers.csv", csv);
        var mapping = await AccessibilityTests.RunAxeAsync(page);
        await Label(page, "Source").SelectOptionAsync("Kanal");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Import ") }).ClickAsync();
        await Expect(Tile(page, "Rejected")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("explorer-item").First).ToBeVisibleAsync();
        var result = await AccessibilityTests.RunAxeAsync(page);

        Assert.True(idle.Count == 0, $"/data/feedback: {idle.Count} WCAG A/AA violations:\n{string.Join("\n", idle)}");
        Assert.True(mapping.Count == 0, $"feedback mapping: {mapping.Count} WCAG A/AA violations:\n{string.Join("\n", mapping)}");
        Assert.True(result.Count == 0, $"feedback result: {result.Count} WCAG A/AA violations:\n{string.Join("\n", result)}");
        Assert.Empty(PageErrors);
    }

    /// <summary>Uploads the test's feedback CSV on /data/feedback and checks the result, the summary and the latest items.</summary>
    private async Task UploadAsync(IPage page, OverlayData data)
    {
        var (csv, rejectedLine) = FeedbackData.Csv(data);
        await page.GotoAsync("/data");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Feedback" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/data/feedback$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Upload feedback" })).ToBeVisibleAsync();

        await ChooseFileAsync(page, $"survey-{data.Tag}.csv", csv);
        // Usual names are recognised; the German "Kanal" is not, so the source is mapped by hand.
        await Expect(Label(page, "Time")).ToHaveValueAsync("Submitted at");
        await Expect(Label(page, "Text")).ToHaveValueAsync("Comment");
        await Expect(Label(page, "Score")).ToHaveValueAsync("NPS");
        await Expect(Label(page, "Activity")).ToHaveValueAsync("activity");
        await Label(page, "Source").SelectOptionAsync("Kanal");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Import ") }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{FeedbackData.Stored} feedback items imported" })).ToBeVisibleAsync();
        await Expect(Tile(page, "Imported")).ToHaveTextAsync(FeedbackData.Stored.ToString(CultureInfo.InvariantCulture));
        await Expect(Tile(page, "Rejected")).ToHaveTextAsync("1");
        var rejected = page.GetByRole(AriaRole.Region, new() { Name = "Rejected rows" }).Locator("tbody tr");
        await Expect(rejected).ToHaveCountAsync(1);
        await Expect(rejected.Locator("td").Nth(0)).ToHaveTextAsync(rejectedLine.ToString(CultureInfo.InvariantCulture));
        await Expect(rejected.Locator("td").Nth(1)).ToContainTextAsync("11");

        var summary = await Api.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/feedback/summary");
        await Expect(page.GetByTestId("summary-feedback-items")).ToHaveTextAsync(summary.GetProperty("items").GetInt32().ToString("N0", CultureInfo.InvariantCulture));
        var markup = page.GetByTestId("explorer").Locator("[data-testid=\"explorer-text\"]", new() { HasTextString = "great prices" });
        await Expect(markup.First).ToHaveTextAsync(FeedbackData.Markup); // shown as text, never as markup
        await Expect(page.Locator("img[src=x]")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "feedback-upload-result");
    }

    /// <summary>The steps with feedback show the count and lead score GET …/feedback answers, and their quotes.</summary>
    private async Task StepFeedbackEqualsTheApiAsync(IPage page, string mapId, string tag)
    {
        var feedback = await Api.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/feedback");
        foreach (var (stepId, count) in new[] { (AcceptanceMap.Compare, FeedbackData.Unhappy), (AcceptanceMap.Checkout, FeedbackData.Happy) })
        {
            var step = feedback.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("stepId").GetString() == stepId);
            Assert.Equal(count, step.GetProperty("count").GetInt32());
            var strip = page.Locator($"[data-testid=\"step-feedback-{stepId}\"]");
            await Expect(strip).ToHaveAttributeAsync("data-count", count.ToString(CultureInfo.InvariantCulture));
            var score = strip.Locator("[data-testid=\"feedback-score\"]");
            await Expect(score).ToHaveAttributeAsync("data-kind", "nps");
            Assert.Equal(step.GetProperty("nps").GetProperty("score").GetDouble(), await OverlayData.ValueAsync(score));
        }

        await page.Locator($"[data-testid=\"step-feedback-{AcceptanceMap.Compare}\"]").ClickAsync();
        var quotes = page.Locator("[data-testid=\"feedback-panel\"] [data-testid=\"feedback-quote-text\"]");
        await Expect(quotes.First).ToContainTextAsync(FeedbackData.UnhappyText(tag));
    }

    private static async Task FindingsEqualTheApiAsync(ILocator panel, JsonElement insights)
    {
        var findings = insights.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        var kinds = findings.Select(f => f.GetProperty("kind").GetString()!).Distinct().ToList();
        var groups = panel.Locator("[data-testid=\"finding-group\"]");
        await Expect(groups).ToHaveCountAsync(kinds.Count);
        var cards = panel.Locator("[data-testid=\"finding\"]");
        for (var i = 0; i < kinds.Count; i++)
        {
            // Each kind shows its best three, the rest behind "Show n more".
            var group = groups.Nth(i);
            var count = findings.Count(f => f.GetProperty("kind").GetString() == kinds[i]);
            await Expect(group).ToHaveAttributeAsync("data-kind", kinds[i]);
            await Expect(group.Locator("[data-testid=\"finding\"]")).ToHaveCountAsync(Math.Min(3, count));
            if (count > 3)
            {
                var more = group.Locator("[data-testid=\"show-more-findings\"]");
                await Expect(more).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^Show {count - 3} more "));
                await more.ClickAsync();
                await Expect(more).ToHaveAttributeAsync("aria-expanded", "true");
            }
        }

        await Expect(cards).ToHaveCountAsync(findings.Count);

        // The API sorts by kind, then score: the panel keeps that order.
        await Expect(cards.First.Locator("h4")).ToHaveTextAsync(findings[0].GetProperty("title").GetString()!);
        await Expect(cards.First).ToHaveAttributeAsync("data-finding-id", findings[0].GetProperty("id").GetString()!);
    }

    private async Task<JsonElement> InsightsAsync(string mapId) =>
        await Api.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/insights");

    /// <summary>Scrolls the grid's scroll box to the side away from the step, so showing it has to scroll.</summary>
    private static async Task<bool> ScrollAwayAsync(IPage page, string stepId) => await page.EvaluateAsync<bool>(
        """
        (id) => {
          const header = document.querySelector(`[data-testid="map-grid"] [data-testid="step-header"][data-step-id="${CSS.escape(id)}"]`);
          let box = header?.parentElement;
          while (box && !(box.scrollWidth > box.clientWidth && ['auto', 'scroll'].includes(getComputedStyle(box).overflowX))) box = box.parentElement;
          if (!box) return false;
          const h = header.getBoundingClientRect();
          const b = box.getBoundingClientRect();
          // A step in the first half of the grid goes out of view at its end, one in the second half at its start.
          box.scrollLeft = h.left - b.left + box.scrollLeft + h.width / 2 < box.scrollWidth / 2 ? box.scrollWidth : 0;
          return true;
        }
        """, stepId);

    private static async Task ChooseFileAsync(IPage page, string name, string text)
    {
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text),
        });
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Which column holds what?" })).ToBeVisibleAsync();
    }

    /// <summary>The select of a column role by its accessible name (a required one's star is hidden from it).</summary>
    private static ILocator Label(IPage page, string label) => page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });

    private static ILocator Tile(IPage page, string label) =>
        page.Locator("dl div", new() { Has = page.Locator("dt", new() { HasTextString = label }) }).Locator("dd");
}
