using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// One map open in two browsers: the first save wins, the second gets 412 and the conflict dialog says who saved
/// in between; "Reload theirs" and "Keep mine" each leave the stored document the way the dialog promised.
/// </summary>
public sealed class ConflictTests : BrowserTest
{
    private const string Theirs = "Ada saw this first";
    private const string Mine = "Bo typed this later";
    private const string OtherAuthor = "Ada Lovelace";

    public ConflictTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
        // These tests are about the whole-document autosave (its states, retries and conflicts).
        WholeDocumentSaves = true;
    }

    [Fact]
    public async Task SecondSave_ReloadTheirs_ShowsAndKeepsTheFirstEdit()
    {
        var (mapId, mine) = await OpenConflictAsync();

        await mine.Locator("[data-testid=\"conflict-reload\"]").ClickAsync();

        await Expect(mine.Locator("[data-testid=\"conflict-dialog\"]")).ToBeHiddenAsync();
        await Expect(SaveStatus(mine)).ToHaveAttributeAsync("data-state", "saved");
        await Expect(CellText(Cell(mine, Actions, Compare))).ToHaveTextAsync(Theirs);
        await Expect(CellText(Cell(mine, Actions, Checkout))).ToHaveCountAsync(0);
        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal(Theirs, CellOf(stored, Actions, Compare)?.Text);
        Assert.Null(CellOf(stored, Actions, Checkout)?.Text);

        // After reloading, this page saves normally again (it holds the current version now).
        const string next = "Bo tries again";
        await EditAndWaitSavedAsync(mine, () => TypeIntoTextCellAsync(mine, Cell(mine, Actions, Pay), next));
        stored = await Api.GetMapAsync(mapId);
        Assert.Equal(next, CellOf(stored, Actions, Pay)?.Text);
        Assert.Equal(Theirs, CellOf(stored, Actions, Compare)?.Text);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task SecondSave_KeepMine_OverwritesTheFirstEdit()
    {
        var (mapId, mine) = await OpenConflictAsync();

        var saved = await mine.RunAndWaitForResponseAsync(
            () => mine.Locator("[data-testid=\"conflict-keep-mine\"]").ClickAsync(), IsMapPut);

        Assert.Equal(200, saved.Status);
        await Expect(mine.Locator("[data-testid=\"conflict-dialog\"]")).ToBeHiddenAsync();
        await Expect(SaveStatus(mine)).ToHaveAttributeAsync("data-state", "saved");
        await Expect(CellText(Cell(mine, Actions, Checkout))).ToHaveTextAsync(Mine);
        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal(Mine, CellOf(stored, Actions, Checkout)?.Text);
        Assert.Null(CellOf(stored, Actions, Compare)?.Text);
        Assert.Empty(PageErrors);
    }

    /// <summary>
    /// Opens a fresh map in two pages; "Ada" edits and saves in the first, then the second page edits its stale
    /// copy and its save is refused. Returns the second page with the conflict dialog showing.
    /// </summary>
    private async Task<(string MapId, IPage Mine)> OpenConflictAsync()
    {
        var mapId = await CreateAcceptanceMapAsync("Conflict");
        var theirs = await NewPageAsync();
        await theirs.AddInitScriptAsync($"localStorage.setItem('waymark.user', '{OtherAuthor}')");
        var mine = await NewPageAsync();
        await OpenMapByIdAsync(theirs, mapId);
        await OpenMapByIdAsync(mine, mapId);

        await EditAndWaitSavedAsync(theirs, () => TypeIntoTextCellAsync(theirs, Cell(theirs, Actions, Compare), Theirs));

        var refused = await mine.RunAndWaitForResponseAsync(
            () => TypeIntoTextCellAsync(mine, Cell(mine, Actions, Checkout), Mine), IsMapPut);
        Assert.Equal(412, refused.Status);

        var dialog = mine.Locator("[data-testid=\"conflict-dialog\"]");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync(OtherAuthor);
        await Expect(mine.Locator("[data-testid=\"conflict-changes\"]")).ToContainTextAsync("Changed Customer actions at \"Compares offers\"");
        await Expect(SaveStatus(mine)).ToHaveAttributeAsync("data-state", "conflict");
        await Expect(SaveStatus(mine)).ToHaveTextAsync("Couldn't save");
        await ScreenshotAsync(mine, "conflict");

        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal(Theirs, CellOf(stored, Actions, Compare)?.Text);
        Assert.Null(CellOf(stored, Actions, Checkout)?.Text);
        return (mapId, mine);
    }
}
