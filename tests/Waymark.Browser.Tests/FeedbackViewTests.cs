using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// Feedback sent through the ingestion API shows on the map in the data view: the step's strip with its NPS and
/// sentiment, the step feedback panel with quotes (markup in a customer's words shown as the characters typed, never
/// run), and feedback placed on a step by a keyword set in the binding dialog.
/// </summary>
public sealed class FeedbackViewTests : BrowserTest
{
    public FeedbackViewTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task FeedbackOnAStep_ShowsItsScoresAndQuotesAsText_AndAKeywordPlacesMore()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var keyword = $"voucher{tag}";
        // The checkout feedback is placed by a keyword of this map's own, not by step id: every acceptance map has
        // the same step ids, and the workspace is shared, so an explicit step id would land on other tests' maps.
        var fee = $"fee{tag}";
        var map = Create("Feedback view");
        map.AllSteps().Single(s => s.Id == Checkout).Binding = new StepBinding { Keywords = [fee] };
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, await Api.CreateMapAsync(map));
        var items = new List<Dictionary<string, object?>>();
        for (var i = 0; i < 6; i++)
        {
            items.Add(Item($"fb-{tag}-{i}", null, "nps", i < 4 ? 2 + i : 10,
                $"The <b>surprise fee</b> ({fee}) at checkout <img src=x onerror=\"window.__fed{tag}=1\"> made me angry, customer {i}"));
        }

        items.Add(Item($"fb-{tag}-k", null, null, null, $"Why does the {keyword} field reject every code? Terrible."));
        await FeedbackIngest.IngestAsync(Api.Http, items);

        await page.Locator("[data-testid=\"toggle-data\"]").ClickAsync();
        var strip = page.Locator($"[data-testid=\"step-feedback-{Checkout}\"]");
        await Expect(strip).ToBeVisibleAsync();
        Assert.True(int.Parse(await strip.GetAttributeAsync("data-count") ?? "0", CultureInfo.InvariantCulture) >= 6);
        await Expect(strip.Locator("[data-testid=\"feedback-score\"]")).ToHaveAttributeAsync("data-kind", "nps");
        await Expect(strip.Locator("[data-testid=\"feedback-sentiment\"]")).ToBeVisibleAsync();

        await strip.ClickAsync();
        var panel = page.Locator("[data-testid=\"feedback-panel\"]");
        await Expect(panel.Locator("[data-testid=\"feedback-step-picker\"]")).ToHaveValueAsync(Checkout);
        await Expect(panel.Locator("[data-testid=\"feedback-nps\"]")).ToBeVisibleAsync();
        var quotes = panel.Locator("[data-testid=\"feedback-quote-text\"]", new() { HasTextString = "surprise fee" });
        await Expect(quotes.First).ToContainTextAsync("<b>surprise fee</b>");
        await Expect(panel.Locator("[data-testid=\"feedback-quote-text\"] b, [data-testid=\"feedback-quote-text\"] img")).ToHaveCountAsync(0);
        Assert.Null(await page.EvaluateAsync<int?>($"() => window.__fed{tag} ?? null"));
        await ScreenshotAsync(page, "feedback-panel-ingested");
        await panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Close step feedback" }).ClickAsync();

        // Nothing places the keyword's review until the step has the keyword.
        await Expect(page.Locator($"[data-testid=\"step-feedback-{Pay}\"]")).ToHaveCountAsync(0);
        await StepHeader(page, Pay).Locator("[data-testid=\"step-binding\"]").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { Name = "Bind “Pays” to data" });
        var input = dialog.Locator("[data-testid=\"binding-keyword-input\"]");
        await input.FillAsync(keyword);
        await input.PressAsync("Enter");
        await EditAndWaitSavedAsync(page, () => dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save binding" }).ClickAsync());

        var pay = page.Locator($"[data-testid=\"step-feedback-{Pay}\"]");
        await Expect(pay).ToBeVisibleAsync();
        await pay.ClickAsync();
        await Expect(panel.Locator("[data-testid=\"feedback-step-picker\"]")).ToHaveValueAsync(Pay);
        await Expect(panel.Locator("[data-testid=\"feedback-placement\"]")).ToHaveTextAsync(new Regex(@"[1-9]\d* by\s+keyword"));
        Assert.Empty(PageErrors);
    }

    private static Dictionary<string, object?> Item(string id, string? stepId, string? scoreType, int? score, string text) => new()
    {
        ["id"] = id,
        ["customerId"] = $"cust-{id}",
        ["time"] = DateTime.UtcNow.AddHours(-3).ToString("O", CultureInfo.InvariantCulture),
        ["stepId"] = stepId,
        ["scoreType"] = scoreType,
        ["score"] = score,
        ["text"] = text,
        ["source"] = scoreType is null ? "review" : "survey",
        ["solicited"] = scoreType is not null,
    };
}
