using Microsoft.Playwright;
using Waymark.Core.Maps;
using Waymark.Core.Templates;
using Xunit.Abstractions;

namespace Waymark.Browser.Tests;

/// <summary>The map editor as a user drives it, on a map each test creates for itself through the API.</summary>
public sealed class EditorTests : BrowserTest
{
    public EditorTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task TextCell_EditedWithKeyboard_IsShownAndAutosaved()
    {
        var (id, map) = await CreateTemplateMapAsync();
        var lane = map.Lanes.First(l => l.Kind == LaneKind.Actions);
        var step = map.AllSteps().Skip(1).First();
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, id);

        await EditTextCellAsync(page, lane.Id, step.Id, "Compares three plans side by side");
        await Cell(page, lane.Id, step.Id).GetByText("Compares three plans side by side").WaitForAsync();
        var saved = await WaitForSavedAsync(id, m => TextAt(m, lane.Id, step.Id) == "Compares three plans side by side");

        await ScreenshotAsync(page, "editor-text-cell");
        Assert.Equal("Compares three plans side by side", TextAt(saved, lane.Id, step.Id));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task OpenMapAsync_DemoMapByName_DrawsEveryLane()
    {
        var name = (await Api.MapsAsync())[0].Name;
        var page = await NewPageAsync();

        var id = await OpenMapAsync(page, name);

        var map = await Api.GetMapAsync(id);
        var step = map.AllSteps().First();
        foreach (var lane in map.Lanes)
        {
            // The emotion curve is one cell spanning every step; every other lane has a cell per step.
            var cell = lane.Kind == LaneKind.EmotionCurve
                ? page.GetByTestId($"cell-{lane.Id}")
                : Cell(page, lane.Id, step.Id);
            Assert.Equal(1, await cell.CountAsync());
        }

        await ScreenshotAsync(page, "editor-demo-map");
        Assert.Empty(PageErrors);
    }

    private async Task<(string Id, JourneyMap Map)> CreateTemplateMapAsync()
    {
        var map = MapCopier.Copy(TemplateLibrary.Find("saas-trial")!.Create(), newIds: true);
        map.Name = "Editor test " + Guid.NewGuid().ToString("N")[..6];
        var id = await Api.CreateMapAsync(map);
        return (id, map);
    }

    private static string? TextAt(JourneyMap map, string laneId, string stepId) =>
        map.Lanes.First(l => l.Id == laneId).Cells.GetValueOrDefault(stepId)?.Text;
}
