using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Segments made in the dialog (by acquisition channel) are stored per workspace; picking one and comparing it with
/// another shows both figures per step, and the steps the z-test calls significant carry the ▲/▼ mark.
/// </summary>
public sealed class SegmentTests : BrowserTest
{
    public SegmentTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task TwoSegments_CreatedInTheDialog_AreComparedWithSignificantMarks()
    {
        var (data, mapId) = await OverlayData.CreateAsync(Api, "Segments");
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);
        await OverlayData.ShowAllTimeAsync(page);

        var email = await CreateSegmentAsync(page, $"Email {data.Tag}", data.EmailChannel);
        var web = await CreateSegmentAsync(page, $"Web {data.Tag}", data.WebChannel);
        await page.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();

        await page.Locator("[data-testid=\"segment-picker\"]").SelectOptionAsync(email);
        await page.Locator("[data-testid=\"compare-picker\"]").SelectOptionAsync(web);
        await OverlayData.WaitForFiguresAsync(page);
        var overlay = await OverlayData.OverlayAsync(Api, mapId, $"?segment={email}&compare={web}");
        var (a, b) = (overlay.GetProperty("series")[0], overlay.GetProperty("series")[1]);
        Assert.Equal(160, a.GetProperty("entrants").GetInt32());
        Assert.Equal(240, b.GetProperty("entrants").GetInt32());

        var significant = 0;
        foreach (var c in overlay.GetProperty("comparison").EnumerateArray())
        {
            var stepId = c.GetProperty("stepId").GetString()!;
            var figures = page.Locator($"[data-testid=\"step-figures\"][data-step-id=\"{stepId}\"]");
            Assert.Equal(OverlayData.StepOf(a, stepId).GetProperty("customers").GetInt32(), await OverlayData.ValueAsync(figures.Locator("[data-testid=\"cmp-customers-a\"]")));
            Assert.Equal(OverlayData.StepOf(b, stepId).GetProperty("customers").GetInt32(), await OverlayData.ValueAsync(figures.Locator("[data-testid=\"cmp-customers-b\"]")));
            if (!c.GetProperty("significant").GetBoolean())
            {
                await Expect(figures.Locator("[data-testid=\"cmp-mark\"][data-significant=\"true\"]")).ToHaveCountAsync(0);
                continue;
            }

            significant++;
            var mark = figures.Locator("[data-testid=\"cmp-mark\"]");
            var arrow = c.GetProperty("b").GetDouble() > c.GetProperty("a").GetDouble() ? "▲" : "▼";
            await Expect(mark).ToHaveAttributeAsync("data-significant", "true");
            await Expect(mark).ToContainTextAsync(arrow);
            await Expect(mark).ToContainTextAsync("significant");
        }

        Assert.True(significant >= 2, $"the generated channels differ enough for at least two significant steps, got {significant}");
        await Expect(page.Locator("[data-testid=\"funnel-mark\"]")).ToHaveCountAsync(significant);
        var violations = await AccessibilityTests.RunAxeAsync(page);
        Assert.True(violations.Count == 0, $"comparison: {violations.Count} WCAG A/AA violations:\n{string.Join("\n", violations)}");
        await ScreenshotAsync(page, "segments-compare-test");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Segment_EditedAndDeletedInTheDialog_IsStored_AndRefusedWithoutConditions()
    {
        var (page, _) = await OpenFreshMapAsync("Segment edits");
        await page.Locator("[data-testid=\"toggle-data\"]").ClickAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await page.Locator("[data-testid=\"manage-segments\"]").ClickAsync();
        await page.Locator("[data-testid=\"segment-new\"]").ClickAsync();
        var editor = page.GetByRole(AriaRole.Dialog, new() { Name = "New segment" });
        await Expect(editor.GetByLabel("Name")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync($"Pro {tag}");
        await editor.Locator("[data-testid=\"segment-save\"]").ClickAsync();
        await Expect(editor.GetByText("Add at least one condition")).ToBeVisibleAsync();

        await editor.Locator("[data-testid=\"segment-add-attribute\"]").ClickAsync();
        await editor.GetByLabel("Attribute of condition 1").FillAsync("plan");
        await editor.GetByLabel("Values of condition 1").FillAsync("pro, team");
        await editor.Locator("[data-testid=\"segment-mode-didnot\"]").CheckAsync(new() { Force = true });
        await editor.Locator("[data-testid=\"binding-search\"]").FillAsync($"Cancelled {tag}");
        await editor.Locator("[data-testid=\"binding-search\"]").PressAsync("Enter");
        await SaveAnywayAsync(page, editor);
        await Expect(editor).ToHaveCountAsync(0);

        var stored = (await SegmentsAsync()).Single(s => s.GetProperty("name").GetString() == $"Pro {tag}");
        var conditions = stored.GetProperty("conditions");
        Assert.Equal("plan", conditions.GetProperty("attributes")[0].GetProperty("key").GetString());
        Assert.Equal(["pro", "team"], conditions.GetProperty("attributes")[0].GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal([$"Cancelled {tag}"], conditions.GetProperty("didNot").EnumerateArray().Select(v => v.GetString()));

        var list = page.GetByRole(AriaRole.Dialog, new() { Name = "Segments" });
        await list.GetByRole(AriaRole.Button, new() { Name = $"Edit Pro {tag}" }).ClickAsync();
        var edit = page.GetByRole(AriaRole.Dialog, new() { Name = $"Edit segment “Pro {tag}”" });
        await edit.GetByLabel("Name").FillAsync($"Pro plans {tag}");
        await SaveAnywayAsync(page, edit);
        await Expect(list.GetByText($"Pro plans {tag}")).ToBeVisibleAsync();

        await list.GetByRole(AriaRole.Button, new() { Name = $"Delete Pro plans {tag}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete segment" }).ClickAsync();
        await Expect(list.GetByText($"Pro plans {tag}")).ToHaveCountAsync(0);
        Assert.DoesNotContain(await SegmentsAsync(), s => s.GetProperty("id").GetString() == stored.GetProperty("id").GetString());
        await page.Keyboard.PressAsync("Escape");
        await Expect(list).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=\"manage-segments\"]")).ToBeFocusedAsync();
        Assert.Empty(PageErrors);
    }

    /// <summary>Creates a segment of customers first seen on <paramref name="channel"/> through the dialog; returns its id.</summary>
    private async Task<string> CreateSegmentAsync(IPage page, string name, string channel)
    {
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Segments" });
        if (await dialog.CountAsync() == 0)
        {
            await page.Locator("[data-testid=\"manage-segments\"]").ClickAsync();
        }

        await page.Locator("[data-testid=\"segment-new\"]").ClickAsync();
        var editor = page.GetByRole(AriaRole.Dialog, new() { Name = "New segment" });
        await editor.GetByLabel("Name").FillAsync(name);
        await editor.GetByLabel("Another channel as it appears in the data").FillAsync(channel);
        await editor.GetByLabel("Another channel as it appears in the data").PressAsync("Enter");
        await Expect(editor.Locator($"[data-testid=\"segment-channel\"][value=\"{channel}\"]")).ToBeCheckedAsync();
        await editor.Locator("[data-testid=\"segment-save\"]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Segments" }).GetByText(name)).ToBeVisibleAsync();
        return (await SegmentsAsync()).Single(s => s.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
    }

    /// <summary>Saves the edited segment; nobody in the demo data may match it, and then saving asks first.</summary>
    private static async Task SaveAnywayAsync(IPage page, ILocator editor)
    {
        await editor.Locator("[data-testid=\"segment-save\"]").ClickAsync();
        var anyway = page.GetByRole(AriaRole.Button, new() { Name = "Save anyway" });
        await Expect(anyway.Or(page.GetByRole(AriaRole.Dialog, new() { Name = "Segments" }))).ToBeVisibleAsync();
        if (await anyway.IsVisibleAsync())
        {
            await anyway.ClickAsync();
        }
    }

    private async Task<JsonElement[]> SegmentsAsync() =>
        [.. (await Api.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/segments")).EnumerateArray()];
}
