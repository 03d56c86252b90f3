using System.Globalization;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// Evidence on cards at 1366x768: a quote from a step's feedback is cited on a pain point, the card shows the count,
/// the count opens the quote (markup in the customer's words shown as the characters typed, never run), the map file
/// keeps the citation, the cell's editor reaches the same list by keyboard, and removing it leaves the empty state.
/// </summary>
public sealed class CitationsBrowserTests : BrowserTest
{
    private const string PainId = "pp_fee";

    public CitationsBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task CiteQuoteOnPainPoint_CardShowsCountAndOpensQuote()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var fee = $"fee{tag}";
        var text = $"The <b>surprise fee</b> ({fee}) at checkout <img src=x onerror=\"window.__cited{tag}=1\"> made me leave";
        var map = Create("Evidence on cards");
        map.AllSteps().Single(s => s.Id == Checkout).Binding = new StepBinding { Keywords = [fee] };
        Lane(map, Pains).Cells[Checkout] = new Cell { PainPoints = [new PainPoint { Id = PainId, Text = "A fee appears at checkout", Impact = PainImpact.Abandons }] };
        var mapId = await Api.CreateMapAsync(map);
        await FeedbackIngest.IngestAsync(Api.Http, [Item($"fb-{tag}", text)]);
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);
        var card = Cell(page, Pains, Checkout).Locator("[data-testid=\"pain-point\"]");
        await Expect(card.Locator("[data-testid=\"citations-badge\"]")).ToHaveCountAsync(0);

        await page.Locator("[data-testid=\"toggle-data\"]").ClickAsync();
        await page.Locator($"[data-testid=\"step-feedback-{Checkout}\"]").ClickAsync();
        var quote = page.Locator("[data-testid=\"feedback-panel\"] [data-testid=\"feedback-quote\"]", new() { HasTextString = fee }).First;
        await quote.Locator("[data-testid=\"cite-on-card\"]").ClickAsync();
        var dialog = page.Locator("[data-testid=\"cite-dialog\"]");
        await Expect(page.Locator("[data-testid=\"cite-step\"]")).ToHaveValueAsync(Checkout);
        await dialog.Locator($"[data-testid=\"cite-target\"][data-target=\"{Pains}/{Checkout}/{PainId}\"]").ClickAsync();
        await ScreenshotAsync(page, "evidence-cite-dialog");
        Assert.Empty(await AccessibilityTests.RunAxeAsync(page, "[data-testid=\"cite-dialog\"]"));
        await EditAndWaitSavedAsync(page, () => page.Locator("[data-testid=\"cite-confirm\"]").ClickAsync());

        var saved = await WaitForSavedAsync(mapId, m => CellOf(m, Pains, Checkout)?.PainPoints[0].Citations.Count == 1);
        var citation = Assert.Single(CellOf(saved, Pains, Checkout)!.PainPoints[0].Citations);
        Assert.Equal((CitationKind.Quote, $"fb-{tag}", text, "review"), (citation.Kind, citation.FeedbackId, citation.Text, citation.Source));
        Assert.NotNull(citation.CitedOn);

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Close step feedback" }).ClickAsync();
        var badge = card.Locator("[data-testid=\"citations-badge\"]");
        await Expect(badge).ToHaveAttributeAsync("data-count", "1");
        await Expect(badge).ToHaveTextAsync("1");
        await ScreenshotAsync(page, "evidence-card-badge");
        await badge.ClickAsync();
        var list = page.Locator("[data-testid=\"citations-dialog\"]");
        await Expect(list.Locator("[data-testid=\"citation\"]")).ToHaveAttributeAsync("data-kind", "quote");
        await Expect(list.Locator("[data-testid=\"citation-text\"]")).ToHaveTextAsync(text);
        await Expect(list.Locator("[data-testid=\"citation-text\"] b, [data-testid=\"citation-text\"] img")).ToHaveCountAsync(0);
        Assert.Null(await page.EvaluateAsync<int?>($"() => window.__cited{tag} ?? null"));
        await ScreenshotAsync(page, "evidence-card-open");
        Assert.Empty(await AccessibilityTests.RunAxeAsync(page, "[data-testid=\"citations-dialog\"]"));

        // The source: the quote's step feedback opens.
        await list.Locator("[data-testid=\"citation-open\"]").ClickAsync();
        await Expect(page.Locator("[data-testid=\"feedback-panel\"] [data-testid=\"feedback-step-picker\"]")).ToHaveValueAsync(Checkout);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Close step feedback" }).ClickAsync();

        // By keyboard: the cell's editor holds the same count; Enter opens the list, Remove empties it.
        await FocusCellAsync(Cell(page, Pains, Checkout));
        await page.Keyboard.PressAsync("Enter");
        var inEditor = page.Locator("[data-testid=\"cell-editor\"] [data-testid=\"citations-badge\"]");
        await inEditor.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await list.Locator("[data-testid=\"citation-remove\"]").ClickAsync();
        await Expect(list.Locator("[data-testid=\"citations-empty\"]")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await EditAndWaitSavedAsync(page, () => page.Locator("[data-testid=\"cell-editor\"]").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Done", Exact = true }).ClickAsync());
        await Expect(badge).ToHaveCountAsync(0);
        saved = await WaitForSavedAsync(mapId, m => CellOf(m, Pains, Checkout)?.PainPoints[0].Citations.Count == 0);
        Assert.Empty(CellOf(saved, Pains, Checkout)!.PainPoints[0].Citations);
        Assert.Empty(PageErrors);
    }

    private static Dictionary<string, object?> Item(string id, string text) => new()
    {
        ["id"] = id,
        ["customerId"] = $"cust-{id}",
        ["time"] = DateTime.UtcNow.AddHours(-3).ToString("O", CultureInfo.InvariantCulture),
        ["text"] = text,
        ["source"] = "review",
        ["solicited"] = false,
    };
}
