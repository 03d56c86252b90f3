using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Rough edge 4 of issue 14: an activity typed into the segment editor that the data does not know is warned about
/// on its condition, the editor says how many customers the segment holds while it changes, and saving a segment of
/// nobody asks first. The count is the one the map shows for the saved segment. At 1366x768 (the default page).
/// </summary>
public sealed class WorkshopEdgesSegmentTests : BrowserTest
{
    public WorkshopEdgesSegmentTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task SegmentEditor_UnknownActivity_WarnsCountsAndConfirmsBeforeSavingNobody()
    {
        var (data, mapId) = await OverlayData.CreateAsync(Api, "Segment count");
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);
        await OverlayData.ShowAllTimeAsync(page);
        await page.Locator("[data-testid=\"manage-segments\"]").ClickAsync();
        await page.Locator("[data-testid=\"segment-new\"]").ClickAsync();
        var editor = page.GetByRole(AriaRole.Dialog, new() { Name = "New segment" });
        var count = editor.Locator("[data-testid=\"segment-count\"]");
        var name = $"Email {data.Tag}";
        await editor.GetByLabel("Name").FillAsync(name);

        await AddChannelAsync(editor, data.EmailChannel);
        await Expect(count).ToContainTextAsync("160 customers");
        await Expect(count).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\(\d+(\.\d)?% of all\) · All time"));

        var typo = $"Payed {data.Tag}";
        await editor.Locator("[data-testid=\"binding-search\"]").FillAsync(typo);
        await editor.Locator("[data-testid=\"binding-search\"]").PressAsync("Enter");
        var chip = editor.Locator("[data-testid=\"binding-chosen\"] li").Filter(new() { HasText = typo });
        await Expect(chip).ToContainTextAsync("not in the data: matches nobody");
        await Expect(chip).ToHaveAttributeAsync("data-unknown", "true");
        await Expect(count).ToContainTextAsync("No customer matches these conditions");
        await Expect(editor.Locator("[data-testid=\"segment-unknown\"]")).ToContainTextAsync($"activity “{typo}”");
        await ScreenshotAsync(page, "segment-unknown-activity-1366");

        await editor.Locator("[data-testid=\"segment-save\"]").ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog, new() { Name = "Save a segment that matches nobody?" });
        await Expect(confirm).ToContainTextAsync(typo);
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(editor).ToBeVisibleAsync();
        Assert.DoesNotContain(await SegmentsAsync(), s => s.GetProperty("name").GetString() == name);

        await chip.GetByRole(AriaRole.Button, new() { Name = $"Remove {typo}" }).ClickAsync();
        await Expect(count).ToContainTextAsync("160 customers");
        await editor.Locator("[data-testid=\"segment-save\"]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Segments" }).GetByText(name)).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();

        // The figure the editor showed is the one the map shows for the saved segment.
        var id = (await SegmentsAsync()).Single(s => s.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
        await page.Locator("[data-testid=\"segment-picker\"]").SelectOptionAsync(id);
        await Expect(page.Locator("[data-testid=\"data-status\"]")).ToContainTextAsync("160 entered");
        Assert.Empty(PageErrors);
    }

    private static async Task AddChannelAsync(ILocator editor, string channel)
    {
        var other = editor.GetByLabel("Another channel as it appears in the data");
        await other.FillAsync(channel);
        await other.PressAsync("Enter");
        await Expect(editor.Locator($"[data-testid=\"segment-channel\"][value=\"{channel}\"]")).ToBeCheckedAsync();
    }

    private async Task<JsonElement[]> SegmentsAsync() =>
        [.. (await Api.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/segments")).EnumerateArray()];
}
