using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using Waymark.Core.Templates;
using Xunit.Abstractions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The Compare view in a real Chromium: a future state made from a current state (a copy with fresh ids, then
/// edited) opened from the map list's menu; the marks on the grid are the API's diff, cell for cell; the list is
/// keyboard-reachable; the picture is docs/images/diff-on-the-map.png.
/// </summary>
public sealed class CompareBrowserTests : BrowserTest
{
    private const string Ws = $"/api/workspaces/{WaymarkApi.DemoWorkspace}";

    public CompareBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task Compare_FutureStateFromMapList_MarksMatchTheApiDiff()
    {
        var current = TemplateLibrary.Find("hotel-stay")!.Create();
        current.Name = "Hotel stay (compare, current)";
        var currentId = await Api.CreateMapAsync(current);
        var future = Edited(MapCopier.Copy(current, newIds: true), currentId);
        var futureId = await Api.CreateMapAsync(future);
        try
        {
            await CheckAsync(futureId, future);
        }
        finally
        {
            await DeleteAsync(futureId); // the demo workspace stays as the other tests expect it
            await DeleteAsync(currentId);
        }
    }

    private async Task CheckAsync(string futureId, JourneyMap future)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Actions for {future.Name}" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Compare with the map it is based on" }).ClickAsync();
        try
        {
            // The first compare after the server starts waits for the demo data's first reads on two busy cores.
            await page.Locator("[data-testid=diff-grid]").WaitForAsync(new() { Timeout = 45_000 });
        }
        catch (TimeoutException)
        {
            Output.WriteLine($"at {page.Url}: {await page.Locator("body").InnerTextAsync()}");
            Output.WriteLine("page errors: " + string.Join("\n", PageErrors));
            await ScreenshotAsync(page, "compare-not-drawn");
            throw;
        }

        var diff = await Api.Http.GetFromJsonAsync<JsonElement>($"{Ws}/maps/{futureId}/diff?against={future.BasedOnMapId}");
        var changes = diff.GetProperty("changes").EnumerateArray().ToList();
        Assert.NotEmpty(changes);
        await Assertions.Expect(page.Locator("[data-testid=diff-list] > li")).ToHaveCountAsync(changes.Count);

        // Every cell the API names is marked on the grid, and no other.
        var expected = changes
            .Where(c => c.GetProperty("subject").GetString() is "cell" or "emotion")
            .Select(c => c.GetProperty("after").GetProperty("laneId").GetString() + "|" + c.GetProperty("after").GetProperty("stepId").GetString())
            .ToHashSet();
        var marked = await page.Locator("[data-testid=diff-cell]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.lane + '|' + c.dataset.step)");
        Assert.Equal(expected.Order(), marked.Order());
        Assert.Equal(Count(changes, "step", "removed"), await page.Locator("[data-testid=diff-step][data-mark=removed]").CountAsync());
        Assert.Equal(Count(changes, "step", "added"), await page.Locator("[data-testid=diff-step][data-mark=added]").CountAsync());
        Assert.Equal(Count(changes, "stage", "renamed"), await page.Locator("[data-testid=diff-stage][data-mark=renamed]").CountAsync());
        var markup = page.Locator("[data-testid=diff-cell] ins").Filter(new() { HasText = "<b>Books in two taps</b>" });
        await Assertions.Expect(markup).ToHaveCountAsync(1);

        // The list takes the keyboard to the change on the map.
        var item = page.Locator("[data-testid=diff-list] li[data-subject=cell] button").First;
        await item.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=diff-cell]:focus")).ToHaveCountAsync(1);
        await item.FocusAsync();

        await DemoPages.SettleAsync(page);
        await ScreenshotAsync(page, "diff-on-the-map");
        AxeCheck.AssertNone("compare", await AxeCheck.ViolationsAsync(page, "compare"));
        Assert.Empty(PageErrors);
    }

    /// <summary>A future state as a team would edit one: renamed, moved, removed and added, a cell rewritten, a score moved.</summary>
    private static JourneyMap Edited(JourneyMap map, string basedOn)
    {
        map.Name = "Hotel stay (compare, future)";
        map.Kind = MapKind.FutureState;
        map.BasedOnMapId = basedOn;
        map.Stages[0].Name = "Plan the trip";
        var removed = map.Stages[1].Steps[0];
        map.Stages[1].Steps.Remove(removed);
        map.Lanes.ForEach(l => l.Cells.Remove(removed.Id));
        map.Stages[^1].Steps.Add(new Step { Id = Ids.New("stp"), Name = "Rebooks in the app" });
        var step = map.Stages[0].Steps[0];
        map.Lanes.First(l => l.Kind == LaneKind.Actions).Cells[step.Id].Text = "<b>Books in two taps</b> from the travel app";
        var curve = map.Lanes.First(l => l.Kind == LaneKind.EmotionCurve);
        var point = curve.Cells[map.Stages[2].Steps[0].Id].Emotions[0];
        point.Score = point.Score >= 1 ? -1 : 2;
        return map;
    }

    private static int Count(List<JsonElement> changes, string subject, string kind) =>
        changes.Count(c => c.GetProperty("subject").GetString() == subject && c.GetProperty("kind").GetString() == kind);

    private async Task DeleteAsync(string mapId)
    {
        using var read = await Api.Http.GetAsync($"{Ws}/maps/{mapId}");
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"{Ws}/maps/{mapId}");
        delete.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(read.Headers.ETag!.Tag));
        (await Api.Http.SendAsync(delete)).EnsureSuccessStatusCode();
    }
}
