using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>Helpers for driving the open map like a person: fresh maps, cells, saving, reading back what was stored.</summary>
public abstract partial class BrowserTest
{
    /// <summary>Creates a fresh <see cref="AcceptanceMap"/> through the API (unique name) and returns its id.</summary>
    internal async Task<string> CreateAcceptanceMapAsync(string what)
    {
        var name = $"{what} {Guid.NewGuid().ToString("N")[..6]}";
        return await Api.CreateMapAsync(AcceptanceMap.Create(name));
    }

    /// <summary>Creates a fresh acceptance map and opens it in a new page.</summary>
    internal async Task<(IPage Page, string MapId)> OpenFreshMapAsync(string what)
    {
        var id = await CreateAcceptanceMapAsync(what);
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, id);
        return (page, id);
    }

    protected static ILocator SaveStatus(IPage page) => page.Locator("[data-testid=\"save-status\"]");

    protected static ILocator StepHeader(IPage page, string stepId) =>
        page.Locator($"[data-testid=\"step-header\"][data-step-id=\"{stepId}\"]");

    protected static ILocator StageHeader(IPage page, string stageId) =>
        page.Locator($"[data-testid=\"stage-header\"][data-stage-id=\"{stageId}\"]");

    protected static ILocator EmotionPoint(IPage page, string stepId) =>
        page.Locator($"[data-testid=\"emotion-point\"][data-step-id=\"{stepId}\"]");

    /// <summary>
    /// Runs <paramref name="edit"/> and waits until the server has it: with whole-document saves the autosave's PUT and
    /// then "All changes saved"; with co-editing the operation confirmed (the status's seq moves on) and "All changes saved".
    /// </summary>
    protected static async Task EditAndWaitSavedAsync(IPage page, Func<Task> edit)
    {
        if (await SaveStatus(page).GetAttributeAsync("data-sync") == "operations")
        {
            var before = long.Parse(await SaveStatus(page).GetAttributeAsync("data-seq") ?? "0", CultureInfo.InvariantCulture);
            await edit();
            await page.WaitForFunctionAsync(
                "seq => { const s = document.querySelector('[data-testid=\"save-status\"]'); return s && Number(s.dataset.seq) > seq && s.dataset.state === 'saved'; }",
                before);
            await Expect(SaveStatus(page)).ToHaveTextAsync("All changes saved");
            return;
        }

        var response = await page.RunAndWaitForResponseAsync(edit, IsMapPut);
        Assert.Equal(200, response.Status);
        await Expect(SaveStatus(page)).ToHaveAttributeAsync("data-state", "saved");
        await Expect(SaveStatus(page)).ToHaveTextAsync("All changes saved");
    }

    /// <summary>True for the editor's save request (PUT of the map document).</summary>
    protected static bool IsMapPut(IResponse response) =>
        response.Request.Method == "PUT" && response.Url.Contains("/maps/", StringComparison.Ordinal);

    /// <summary>Focuses a cell with a click on its edge (not on a widget inside), like a person picking it.</summary>
    protected static async Task FocusCellAsync(ILocator cell)
    {
        await cell.ClickAsync(new LocatorClickOptions { Position = new Position { X = 4, Y = 4 } });
        await Expect(cell).ToBeFocusedAsync();
    }

    /// <summary>Focus a text cell, Enter to edit, type, Enter to commit: the keyboard path the issue asks for.</summary>
    protected static async Task TypeIntoTextCellAsync(IPage page, ILocator cell, string text)
    {
        await FocusCellAsync(cell);
        await page.Keyboard.PressAsync("Enter");
        var box = cell.Locator("textarea").First;
        await Expect(box).ToBeFocusedAsync();
        await box.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Enter");
        await Expect(cell.Locator("textarea")).ToHaveCountAsync(0);
    }

    /// <summary>The text a text cell shows to a reader (its paragraph, not the "Double-click to write" hint).</summary>
    protected static ILocator CellText(ILocator cell) => cell.Locator("p").First;

    /// <summary>The ids of the step headers from left to right, as drawn.</summary>
    protected static async Task<IReadOnlyList<string>> StepOrderAsync(IPage page) =>
        await page.Locator("[data-testid=\"step-header\"]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.stepId)");

    /// <summary>True when the step's header lies horizontally within the stage's header (it is drawn under it).</summary>
    protected static async Task<bool> IsDrawnUnderStageAsync(IPage page, string stepId, string stageId)
    {
        var step = await StepHeader(page, stepId).BoundingBoxAsync();
        var stage = await StageHeader(page, stageId).BoundingBoxAsync();
        Assert.NotNull(step);
        Assert.NotNull(stage);
        return step.X >= stage.X - 1 && step.X + step.Width <= stage.X + stage.Width + 1;
    }
}
