using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// Issue 17 point 5 in real Chromium, two pages (each its own author) on one map over the hub: the history shows both
/// authors' sessions; a named version is previewed, restored with a confirmation that says what will change, and the
/// restore is undone with Ctrl+Z on the page that made it, on both pages. The picture is docs/images/history.png.
/// </summary>
public sealed class HistoryBrowserTests : BrowserTest
{
    private const string Workshop = "after the workshop";

    public HistoryBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task History_ShowsBothAuthors_RestoreAVersion_AndUndoIt()
    {
        var mapId = await CreateAcceptanceMapAsync("History");
        var ada = await OpenAsAsync(mapId, "Ada");
        var ben = await OpenAsAsync(mapId, "Ben");
        await EditAndWaitSavedAsync(ada, () => TypeIntoTextCellAsync(ada, Cell(ada, Actions, Compare), "Ada at the workshop"));
        await EditAndWaitSavedAsync(ben, () => TypeIntoTextCellAsync(ben, Cell(ben, Actions, Checkout), "Ben at the workshop"));
        await Expect(CellText(Cell(ada, Actions, Checkout))).ToHaveTextAsync("Ben at the workshop");

        // The shortcut opens the side panel's History tab: a session by each author, names shown.
        await ada.Keyboard.PressAsync("Alt+Shift+H");
        var panel = ada.GetByTestId("history-panel");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(Session(ada, "Ada")).ToHaveCountAsync(1);
        await Expect(Session(ada, "Ben")).ToHaveCountAsync(1);
        await Expect(Session(ada, "Ada")).ToContainTextAsync("1 cell changed");

        await panel.GetByTestId("name-current-version").ClickAsync();
        await ada.GetByTestId("version-name").FillAsync(Workshop);
        await ada.GetByTestId("version-name").PressAsync("Enter");
        var version = panel.GetByTestId("history-version");
        await Expect(version).ToContainTextAsync(Workshop);

        // Later edits by both, which the restore takes back.
        await EditAndWaitSavedAsync(ada, () => TypeIntoTextCellAsync(ada, Cell(ada, Actions, Compare), "Ada later"));
        await EditAndWaitSavedAsync(ben, () => TypeIntoTextCellAsync(ben, Cell(ben, Actions, Checkout), "Ben later"));
        await Expect(CellText(Cell(ada, Actions, Checkout))).ToHaveTextAsync("Ben later");

        // The open timeline follows the live map: both sessions now hold their author's later edit too.
        await Expect(Session(ada, "Ada")).ToContainTextAsync("2 cells changed");
        await Expect(Session(ada, "Ben")).ToContainTextAsync("2 cells changed");

        await version.Locator("button").First.ClickAsync();
        var preview = ada.GetByTestId("history-preview");
        await Expect(preview).ToContainTextAsync($"Viewing “{Workshop}”");
        await Expect(preview.GetByTestId("diff-cell")).ToHaveCountAsync(2);
        await Expect(preview.Locator($"[data-diff-key=\"{Actions}|{Compare}\"]")).ToContainTextAsync("Ada later");
        await Expect(ada.Locator("[data-testid=\"history-preview\"] textarea, [data-testid=\"history-preview\"] input")).ToHaveCountAsync(0);
        await DemoPages.SettleAsync(ada);
        await ScreenshotAsync(ada, "history");

        await preview.GetByTestId("history-restore").ClickAsync();
        var summary = ada.GetByTestId("restore-summary");
        await Expect(summary).ToContainTextAsync($"Restoring “{Workshop}” will: change 2 cells.");
        await ada.GetByTestId("restore-confirm").ClickAsync();
        await Expect(preview).ToHaveCountAsync(0);
        await Expect(ada.GetByTestId("toast").Filter(new LocatorFilterOptions { HasText = $"Restored “{Workshop}”" })).ToBeVisibleAsync();

        foreach (var page in new[] { ada, ben })
        {
            await Expect(CellText(Cell(page, Actions, Compare))).ToHaveTextAsync("Ada at the workshop");
            await Expect(CellText(Cell(page, Actions, Checkout))).ToHaveTextAsync("Ben at the workshop");
        }

        var stored = await WaitForSavedAsync(mapId, m => CellOf(m, Actions, Checkout)?.Text == "Ben at the workshop");
        Assert.Equal("Ada at the workshop", CellOf(stored, Actions, Compare)?.Text);
        await Expect(panel.GetByTestId("history-session").Filter(new LocatorFilterOptions { HasText = $"Restored “{Workshop}”" })).ToHaveCountAsync(1);

        // Undo on the restoring page is a new operation: the later edits come back on both pages.
        await FocusCellAsync(Cell(ada, Ideas, Pay));
        await EditAndWaitSavedAsync(ada, () => ada.Keyboard.PressAsync("ControlOrMeta+Z"));
        foreach (var page in new[] { ada, ben })
        {
            await Expect(CellText(Cell(page, Actions, Compare))).ToHaveTextAsync("Ada later");
            await Expect(CellText(Cell(page, Actions, Checkout))).ToHaveTextAsync("Ben later");
        }

        stored = await WaitForSavedAsync(mapId, m => CellOf(m, Actions, Checkout)?.Text == "Ben later");
        Assert.Equal("Ada later", CellOf(stored, Actions, Compare)?.Text);
        Assert.Empty(PageErrors);
    }

    private static ILocator Session(IPage page, string author) =>
        page.Locator($"[data-testid=\"history-session\"][data-author=\"{author}\"]");

    /// <summary>Opens the map in a new page whose author is <paramref name="name"/> and waits until it co-edits.</summary>
    private async Task<IPage> OpenAsAsync(string mapId, string name)
    {
        var page = await NewPageAsync();
        await page.Context.AddInitScriptAsync($"localStorage.setItem('waymark.user', {System.Text.Json.JsonSerializer.Serialize(name)})");
        await OpenMapByIdAsync(page, mapId);
        await Expect(SaveStatus(page)).ToHaveAttributeAsync("data-sync", "operations");
        return page;
    }
}
