using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// A cell editor opened in the last column of a map wider than the window stays on screen: the whole editor, and so
/// its Done button, lies inside the grid's visible part and the window, at the laptop sizes workshops run on and at
/// small zooms, and floats over the rows below it (the emotion curve drew over it and took the Done click).
/// </summary>
public sealed class CellEditorOnScreenTests : BrowserTest
{
    private const string Review = "stp-review";

    public CellEditorOnScreenTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Theory]
    [InlineData(1366, 768, Pains, 0)]
    [InlineData(1280, 720, Pains, 0)]
    [InlineData(1366, 768, Actions, 0)]
    [InlineData(1280, 720, Actions, 0)]
    [InlineData(1366, 768, Pains, 4)]
    [InlineData(1280, 720, Ideas, 3)]
    public async Task LastColumnEditor_Opened_StaysOnScreenWithItsDoneButton(int width, int height, string laneId, int zoomOuts)
    {
        var map = AcceptanceMap.Create($"Editor on screen {Guid.NewGuid().ToString("N")[..6]}");
        map.Stages.Add(new Stage
        {
            Id = "stg-after",
            Name = "After",
            Steps =
            [
                new Step { Id = "stp-track", Name = "Tracks the parcel" },
                new Step { Id = "stp-receive", Name = "Receives it" },
                new Step { Id = Review, Name = "Writes a review" },
            ],
        });
        var id = await Api.CreateMapAsync(map);
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await OpenMapByIdAsync(page, id);
        for (var i = 0; i < zoomOuts; i++)
        {
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Zoom out", Exact = true }).ClickAsync();
        }

        var cell = Cell(page, laneId, Review);
        await FocusCellAsync(cell);
        await page.Keyboard.PressAsync("Enter");
        var editor = cell.Locator("[role=\"group\"][aria-label^=\"Edit \"]");
        await Expect(editor).ToBeVisibleAsync();
        var done = editor.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Done", Exact = true });
        await Expect(done).ToBeVisibleAsync();

        var seen = await page.EvaluateAsync<JsonElement>("""
            () => {
              const grid = document.querySelector('[data-testid="map-grid"]');
              const g = grid.getBoundingClientRect();
              const right = Math.min(g.left + grid.clientLeft + grid.clientWidth, document.documentElement.clientWidth);
              const bottom = Math.min(g.top + grid.clientTop + grid.clientHeight, document.documentElement.clientHeight);
              const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
              const editor = document.querySelector('[data-testid="map-grid"] [role="group"][aria-label^="Edit "]');
              const done = [...editor.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Done');
              return { right, bottom, left: g.left, editor: box(editor), done: box(done) };
            }
            """);
        var right = seen.GetProperty("right").GetDouble();
        var bottom = seen.GetProperty("bottom").GetDouble();
        var editorBox = seen.GetProperty("editor");
        var doneBox = seen.GetProperty("done");
        Output.WriteLine($"{width}x{height} {laneId} zoomed out {zoomOuts}x: visible right {right:0}, bottom {bottom:0}; editor {editorBox}; done {doneBox}");
        Assert.True(editorBox.GetProperty("right").GetDouble() <= right + 0.5, $"the editor runs past the visible grid's right edge ({right:0} px)");
        Assert.True(editorBox.GetProperty("left").GetDouble() >= seen.GetProperty("left").GetDouble() - 0.5, "the editor runs past the grid's left edge");
        Assert.True(doneBox.GetProperty("right").GetDouble() <= right + 0.5, "the Done button is cut off on the right");
        Assert.True(doneBox.GetProperty("bottom").GetDouble() <= bottom + 0.5, "the Done button is cut off at the bottom");

        if (width == 1366 && laneId == Pains && zoomOuts == 0)
        {
            await ScreenshotAsync(page, "cell-editor-last-column-1366");
        }

        // Done still works where it now sits: the editor closes and focus goes back to the cell.
        await done.ClickAsync();
        await Expect(editor).ToHaveCountAsync(0);
        Assert.Empty(PageErrors);
    }
}
