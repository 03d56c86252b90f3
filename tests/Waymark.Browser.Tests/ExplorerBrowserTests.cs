using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// Issue 14's feedback explorer in the browser: a search with its words marked, a filter kept in the address, a
/// shift-click range tagged from the tag menu, and the tag shown on the map's step with its count and quotes, whose
/// link opens the explorer on that tag and step. Items are placed by a keyword of this test's own map (the demo
/// workspace is shared, and every acceptance map has the same step ids).
/// </summary>
public sealed class ExplorerBrowserTests : BrowserTest
{
    public ExplorerBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task Explorer_SearchFilterTag_AndTheTagShowsOnTheStep()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var keyword = $"kw{tag}";
        var map = Create($"Explorer {tag}");
        map.AllSteps().Single(s => s.Id == Checkout).Binding = new StepBinding { Keywords = [keyword] };
        var mapId = await Api.CreateMapAsync(map);
        var items = Enumerable.Range(0, 4).Select(i => Item($"ex-{tag}-r{i}", "review", $"The refund for {keyword} took weeks, order {i}"))
            .Concat(Enumerable.Range(0, 2).Select(i => Item($"ex-{tag}-c{i}", "chat", $"Lovely café, {keyword} was quick {i}")));
        await IngestFeedbackAsync(items);
        var page = await NewPageAsync();
        await page.GotoAsync("/data/feedback");
        var explorer = page.GetByTestId("explorer");
        var range = page.GetByTestId("explorer-range");

        await page.GetByTestId("explorer-search").FillAsync(keyword.ToUpperInvariant());
        await Expect(range).ToHaveTextAsync("1–6 of 6");
        await Expect(explorer.Locator("[data-testid=\"explorer-text\"] mark").First).ToHaveTextAsync(keyword);
        await page.GetByTestId("filter-source").Locator("summary").ClickAsync();
        await page.GetByTestId("filter-source").GetByLabel("Chat").CheckAsync();
        await Expect(range).ToHaveTextAsync("1–2 of 2");
        await Expect(page).ToHaveURLAsync(new Regex($"q={keyword.ToUpperInvariant()}.*source=chat"));
        await page.GetByTestId("filter-source").Locator("summary").ClickAsync();
        await page.GetByTestId("filter-clear").ClickAsync();
        await page.GetByTestId("explorer-search").FillAsync($"\"refund for {keyword}\" cafe");
        await Expect(range).ToHaveTextAsync("No items");
        await page.GetByTestId("explorer-search").FillAsync($"\"refund for {keyword}\"");
        await Expect(range).ToHaveTextAsync("1–4 of 4");

        var boxes = explorer.GetByTestId("explorer-select");
        await boxes.Nth(0).ClickAsync();
        await boxes.Nth(2).ClickAsync(new() { Modifiers = [KeyboardModifier.Shift] });
        await Expect(explorer.Locator("[data-testid=\"explorer-select\"]:checked")).ToHaveCountAsync(3);
        await page.GetByTestId("tag-menu").Locator("summary").ClickAsync();
        Assert.Empty(await AccessibilityTests.RunAxeAsync(page, "[data-testid=\"tag-menu\"]"));
        await page.GetByTestId("tag-new-name").FillAsync($"Slow refunds {tag}");
        await page.GetByTestId("tag-new").ClickAsync();
        await Expect(page.GetByTestId("explorer-note")).ToHaveTextAsync(new Regex("Tagged 3 items"));
        await Expect(explorer.GetByTestId("explorer-item-tag")).ToHaveCountAsync(3);
        await ScreenshotAsync(page, "explorer-tagged");

        await OpenMapByIdAsync(page, mapId);
        await page.Locator("[data-testid=\"toggle-data\"]").ClickAsync();
        var strip = page.Locator($"[data-testid=\"step-feedback-{Checkout}\"]");
        await strip.ClickAsync();
        var onStep = page.Locator("[data-testid=\"feedback-panel\"] [data-testid=\"feedback-tag\"]");
        await Expect(onStep).ToHaveAttributeAsync("data-tag", $"Slow refunds {tag}");
        await Expect(onStep).ToHaveAttributeAsync("data-count", "3");
        await Expect(onStep.Locator("[data-testid=\"feedback-quote-text\"]").First).ToContainTextAsync($"refund for {keyword}");
        await onStep.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "explorer-tag-on-step");

        await onStep.GetByRole(AriaRole.Link, new() { Name = "Open in the explorer" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/data/feedback\\?tag=.*&map={mapId}&step={Checkout}"));
        await Expect(page.GetByTestId("explorer-range")).ToHaveTextAsync("1–3 of 3");
        await Expect(page.GetByTestId("filter-chips")).ToContainTextAsync($"Tag: Slow refunds {tag}");
        await ScreenshotAsync(page, "explorer-from-step");
        Assert.Empty(PageErrors);
    }

    private static Dictionary<string, object?> Item(string id, string source, string text) => new()
    {
        ["id"] = id,
        ["customerId"] = $"cust-{id}",
        ["time"] = DateTime.UtcNow.AddHours(-3).ToString("O", CultureInfo.InvariantCulture),
        ["text"] = text,
        ["source"] = source,
    };

    private Task IngestFeedbackAsync(IEnumerable<Dictionary<string, object?>> items) => FeedbackIngest.IngestAsync(Api.Http, items.ToList());
}
