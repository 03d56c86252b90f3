using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// Issue 17 in real Chromium: two or three pages (each its own browser context and author) on one map over the
/// /hubs/maps hub. Each sees the others' text within a second, their selections outlined, undoes only its own edit,
/// and edits made offline arrive when the page is back.
/// </summary>
public sealed class CoEditingTests : BrowserTest
{
    public CoEditingTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task TwoPages_TypeInDifferentCells_EachSeesTheOthersTextWithinASecond()
    {
        var (mapId, ada, ben) = await OpenTwoAsync("Together");

        await TypeIntoTextCellAsync(ada, Cell(ada, Actions, Compare), "Ada compares prices");
        var adaTyped = Stopwatch.StartNew();
        await TypeIntoTextCellAsync(ben, Cell(ben, Actions, Checkout), "Ben fills the basket");
        var benTyped = Stopwatch.StartNew();

        await Expect(CellText(Cell(ben, Actions, Compare))).ToHaveTextAsync("Ada compares prices", Within(1000));
        Output.WriteLine($"Ada's text on Ben's page after {adaTyped.ElapsedMilliseconds} ms");
        await Expect(CellText(Cell(ada, Actions, Checkout))).ToHaveTextAsync("Ben fills the basket", Within(1000));
        Output.WriteLine($"Ben's text on Ada's page after {benTyped.ElapsedMilliseconds} ms");

        // Both survive on the server too: concurrent edits to different cells never cost one of them.
        var stored = await WaitForSavedAsync(mapId, m => CellOf(m, Actions, Compare)?.Text is not null && CellOf(m, Actions, Checkout)?.Text is not null);
        Assert.Equal("Ada compares prices", CellOf(stored, Actions, Compare)?.Text);
        Assert.Equal("Ben fills the basket", CellOf(stored, Actions, Checkout)?.Text);
        await Expect(SaveStatus(ada)).ToHaveTextAsync("All changes saved");
        await Expect(SaveStatus(ben)).ToHaveTextAsync("All changes saved");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task ThreePages_Selections_AreOutlinedInEachPersonsColourWithTheirName()
    {
        var mapId = await CreateAcceptanceMapAsync("Presence");
        var ada = await OpenAsAsync(mapId, "Ada Lovelace");
        var ben = await OpenAsAsync(mapId, "Ben Okri");
        var cleo = await OpenAsAsync(mapId, "Cleo Park");

        await FocusCellAsync(Cell(ben, Actions, Compare));
        await FocusCellAsync(Cell(cleo, Pains, Checkout));

        var outlines = ada.Locator("[data-testid=\"presence-outline\"]");
        await Expect(outlines).ToHaveCountAsync(2);
        await Expect(ada.Locator("[data-testid=\"presence-person\"]")).ToHaveCountAsync(2);
        var benBox = await BoxAsync(ada.Locator("[data-testid=\"presence-outline\"][data-user=\"Ben Okri\"]"));
        var cellBox = await BoxAsync(Cell(ada, Actions, Compare));
        Assert.InRange(Math.Abs(benBox.X - cellBox.X) + Math.Abs(benBox.Y - cellBox.Y), 0, 2);
        Assert.InRange(Math.Abs(benBox.Width - cellBox.Width) + Math.Abs(benBox.Height - cellBox.Height), 0, 2);
        var colours = await outlines.EvaluateAllAsync<string[]>("els => els.map(e => getComputedStyle(e).borderTopColor)");
        Assert.NotEqual(colours[0], colours[1]);

        // The name shows on hover; a click on an avatar follows that person.
        await ada.Locator("[data-testid=\"presence-outline\"][data-user=\"Ben Okri\"] span").First.HoverAsync(new LocatorHoverOptions { Force = true });
        var follow = ada.Locator("[data-testid=\"presence-person\"]", new PageLocatorOptions { HasText = "Cleo Park" });
        await follow.ClickAsync();
        await Expect(follow).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(ada.Locator("[data-testid=\"presence\"]")).ToContainTextAsync("Following Cleo Park");
        await DemoPages.SettleAsync(ada);
        await ScreenshotAsync(ada, "presence");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Undo_InOnePage_RevertsOnlyItsOwnEdit_AndLeavesTheOthers()
    {
        var (mapId, ada, ben) = await OpenTwoAsync("Undo");
        await EditAndWaitSavedAsync(ada, () => TypeIntoTextCellAsync(ada, Cell(ada, Actions, Compare), "Ada's edit"));
        await EditAndWaitSavedAsync(ben, () => TypeIntoTextCellAsync(ben, Cell(ben, Actions, Checkout), "Ben's edit"));
        await Expect(CellText(Cell(ada, Actions, Checkout))).ToHaveTextAsync("Ben's edit");

        // Ada's newest edit is older than Ben's: a document-wide undo would take Ben's away; hers must not.
        await FocusCellAsync(Cell(ada, Ideas, Pay));
        await EditAndWaitSavedAsync(ada, () => ada.Keyboard.PressAsync("ControlOrMeta+Z"));

        await Expect(Cell(ben, Actions, Compare)).Not.ToContainTextAsync("Ada's edit");
        await Expect(Cell(ada, Actions, Compare)).Not.ToContainTextAsync("Ada's edit");
        await Expect(CellText(Cell(ada, Actions, Checkout))).ToHaveTextAsync("Ben's edit");
        await Expect(CellText(Cell(ben, Actions, Checkout))).ToHaveTextAsync("Ben's edit");
        var stored = await WaitForSavedAsync(mapId, m => CellOf(m, Actions, Compare)?.Text != "Ada's edit");
        Assert.NotEqual("Ada's edit", CellOf(stored, Actions, Compare)?.Text);
        Assert.Equal("Ben's edit", CellOf(stored, Actions, Checkout)?.Text);

        // Redo sends it again, as one more operation.
        await EditAndWaitSavedAsync(ada, () => ada.Keyboard.PressAsync("ControlOrMeta+Shift+Z"));
        await Expect(CellText(Cell(ben, Actions, Compare))).ToHaveTextAsync("Ada's edit");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task OfflinePage_EditsQueue_AndArriveWhenItIsBack()
    {
        var (mapId, ada, ben) = await OpenTwoAsync("Offline");

        await ben.Context.SetOfflineAsync(true);
        await Expect(SaveStatus(ben)).ToHaveTextAsync("Offline");
        await TypeIntoTextCellAsync(ben, Cell(ben, Actions, Pay), "Typed on the train");
        await TypeIntoTextCellAsync(ben, Cell(ben, Actions, Search), "And this too");
        await Expect(SaveStatus(ben)).ToHaveTextAsync("Offline — 2 changes waiting");
        await Expect(CellText(Cell(ben, Actions, Pay))).ToHaveTextAsync("Typed on the train");

        // Meanwhile Ada edits elsewhere; nothing of Ben's has reached her or the server.
        await EditAndWaitSavedAsync(ada, () => TypeIntoTextCellAsync(ada, Cell(ada, Actions, Compare), "Ada stayed online"));
        Assert.Null(CellOf(await Api.GetMapAsync(mapId), Actions, Pay)?.Text);
        await Expect(Cell(ada, Actions, Pay)).Not.ToContainTextAsync("Typed on the train");

        await ben.Context.SetOfflineAsync(false);
        await Expect(CellText(Cell(ada, Actions, Pay))).ToHaveTextAsync("Typed on the train");
        await Expect(CellText(Cell(ada, Actions, Search))).ToHaveTextAsync("And this too");
        await Expect(CellText(Cell(ben, Actions, Compare))).ToHaveTextAsync("Ada stayed online");
        await Expect(SaveStatus(ben)).ToHaveTextAsync("All changes saved");
        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal("Typed on the train", CellOf(stored, Actions, Pay)?.Text);
        Assert.Equal("And this too", CellOf(stored, Actions, Search)?.Text);
        Assert.Equal("Ada stayed online", CellOf(stored, Actions, Compare)?.Text);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task OfflineEdits_SurviveAReload_AndAreSentOnce()
    {
        var (mapId, ada, ben) = await OpenTwoAsync("Reload");
        await ben.Context.SetOfflineAsync(true);
        await Expect(SaveStatus(ben)).ToHaveTextAsync("Offline");
        await TypeIntoTextCellAsync(ben, Cell(ben, Actions, Pay), "Kept in the browser");
        await Expect(SaveStatus(ben)).ToHaveTextAsync("Offline — 1 change waiting");

        // Back online the page is reloaded before anything is sent: the queue is in IndexedDB, sent by the new page.
        await ben.Context.SetOfflineAsync(false);
        await ben.ReloadAsync();
        await ben.Locator(CompleteGridSelector).WaitForAsync();
        await Expect(CellText(Cell(ada, Actions, Pay))).ToHaveTextAsync("Kept in the browser");
        await Expect(SaveStatus(ben)).ToHaveTextAsync("All changes saved");
        Assert.Equal("Kept in the browser", CellOf(await Api.GetMapAsync(mapId), Actions, Pay)?.Text);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task WithTheHubSwitchedOff_TheEditorSavesWholeDocuments()
    {
        WholeDocumentSaves = true;
        var (page, mapId) = await OpenFreshMapAsync("Fallback");
        await Expect(SaveStatus(page)).ToHaveAttributeAsync("data-sync", "document");
        var response = await page.RunAndWaitForResponseAsync(
            () => TypeIntoTextCellAsync(page, Cell(page, Actions, Pay), "Saved as a document"), IsMapPut);
        Assert.Equal(200, response.Status);
        Assert.Equal("Saved as a document", CellOf(await Api.GetMapAsync(mapId), Actions, Pay)?.Text);
        Assert.Empty(PageErrors);
    }

    private static LocatorAssertionsToHaveTextOptions Within(int ms) => new() { Timeout = ms };

    private async Task<(string MapId, IPage Ada, IPage Ben)> OpenTwoAsync(string what)
    {
        var mapId = await CreateAcceptanceMapAsync(what);
        var ada = await OpenAsAsync(mapId, "Ada");
        var ben = await OpenAsAsync(mapId, "Ben");
        return (mapId, ada, ben);
    }

    /// <summary>Opens the map in a new page whose author is <paramref name="name"/> and waits until it co-edits.</summary>
    private async Task<IPage> OpenAsAsync(string mapId, string name)
    {
        var page = await NewPageAsync();
        await page.Context.AddInitScriptAsync($"localStorage.setItem('waymark.user', {System.Text.Json.JsonSerializer.Serialize(name)})");
        await OpenMapByIdAsync(page, mapId);
        await Expect(SaveStatus(page)).ToHaveAttributeAsync("data-sync", "operations");
        return page;
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("not on screen");
}
