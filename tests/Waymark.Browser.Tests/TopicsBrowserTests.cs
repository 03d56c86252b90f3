using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// Issue 14's topics people can use, at 1366x768: a topic renamed inline, two merged (the merged topic counts each
/// item once, and the explorer opened on it finds the same items), and a topic pinned to a new pain point at a step
/// of a map, whose card then shows the link. Each test's topics carry its own tag (the demo workspace is shared), and
/// the panel's search finds them among the demo's.
/// </summary>
public sealed class TopicsBrowserTests : BrowserTest
{
    public TopicsBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task Topics_RenameAndMerge_CountTheUnionOnce()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (billing, refund) = ($"billing{tag}", $"refund{tag}");
        await IngestFeedbackAsync(
            Item($"tp-{tag}-1", $"The {billing} page crashed again"),
            Item($"tp-{tag}-2", $"{billing} charged me twice"),
            Item($"tp-{tag}-3", $"{billing} and {refund} both broken"),
            Item($"tp-{tag}-4", $"Still waiting on my {refund}"));
        var page = await NewPageAsync();
        await page.GotoAsync("/data/feedback");
        var panel = page.GetByTestId("topics-panel");
        await panel.GetByTestId("topics-search").FillAsync(tag);
        var rows = panel.GetByTestId("topic-row");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(Row(panel, billing)).ToHaveAttributeAsync("data-count", "3");

        await Row(panel, billing).GetByTestId("topic-rename").ClickAsync();
        await panel.GetByTestId("topic-label-input").FillAsync($"Billing trouble {tag}");
        await panel.GetByTestId("topic-label-input").PressAsync("Enter");
        await Expect(Row(panel, billing)).ToHaveAttributeAsync("data-label", $"Billing trouble {tag}");

        await Row(panel, billing).GetByTestId("topic-select").CheckAsync();
        await Row(panel, refund).GetByTestId("topic-select").CheckAsync();
        await panel.GetByTestId("topics-merge-into").SelectOptionAsync(billing);
        await ScreenshotAsync(page, "topics-merge-selected");
        await panel.GetByTestId("topics-merge").ClickAsync();

        await Expect(rows).ToHaveCountAsync(1);
        var merged = Row(panel, billing);
        await Expect(merged).ToHaveAttributeAsync("data-count", "4"); // 3 + 2 mentions, item 3 has both
        await Expect(merged).ToContainTextAsync($"merged: “{refund}”");
        await Expect(merged).ToContainTextAsync($"Billing trouble {tag}");
        await merged.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "topics-merged");

        await merged.GetByTestId("topic-read").ClickAsync();
        await Expect(page.GetByTestId("explorer-range")).ToHaveTextAsync("1–4 of 4");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Topics_PinToANewPainPoint_TheCardShowsTheLink()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var invoice = $"invoice{tag}";
        var map = Create($"Pin {tag}");
        var mapId = await Api.CreateMapAsync(map);
        await IngestFeedbackAsync(Item($"pin-{tag}-1", $"The {invoice} never arrived"), Item($"pin-{tag}-2", $"Where is my {invoice}?"));
        var page = await NewPageAsync();
        await page.GotoAsync("/data/feedback");
        var panel = page.GetByTestId("topics-panel");
        await panel.GetByTestId("topics-search").FillAsync(tag);
        await Row(panel, invoice).GetByTestId("topic-pin").ClickAsync();

        var dialog = page.GetByTestId("pin-dialog");
        await dialog.GetByTestId("pin-map").SelectOptionAsync(new SelectOptionValue { Label = $"Pin {tag}" });
        await dialog.GetByTestId("pin-step").SelectOptionAsync(Checkout);
        await dialog.GetByTestId("pin-new").CheckAsync();
        await dialog.GetByTestId("pin-new-text").FillAsync($"Invoices go missing {tag}");
        await ScreenshotAsync(page, "topics-pin-dialog");
        Assert.Empty(await AccessibilityTests.RunAxeAsync(page, "[data-testid=\"pin-dialog\"]"));
        await page.GetByTestId("pin-save").ClickAsync();
        await Expect(dialog.GetByTestId("pin-done")).ToContainTextAsync("Pinned");

        await OpenMapByIdAsync(page, mapId);
        var card = Cell(page, Pains, Checkout).Locator("[data-testid=\"pain-point\"]", new() { HasTextString = $"Invoices go missing {tag}" });
        await Expect(card.GetByTestId("pain-link")).ToHaveAttributeAsync("data-value", invoice);
        await Expect(card.GetByTestId("pain-link")).ToHaveAttributeAsync("data-kind", "topic");
        await ScreenshotAsync(page, "topics-pinned-card");
        Assert.Empty(PageErrors);
    }

    private static ILocator Row(ILocator panel, string phrase) => panel.Locator($"[data-testid=\"topic-row\"][data-phrase=\"{phrase}\"]");

    private static Dictionary<string, object?> Item(string id, string text) => new()
    {
        ["id"] = id,
        ["customerId"] = $"cust-{id}",
        ["time"] = DateTime.UtcNow.AddHours(-3).ToString("O", CultureInfo.InvariantCulture),
        ["text"] = text,
        ["source"] = "review",
    };

    private Task IngestFeedbackAsync(params Dictionary<string, object?>[] items) => FeedbackIngest.IngestAsync(Api.Http, items.ToList());
}
