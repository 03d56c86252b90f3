using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using Xunit.Abstractions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Base of every browser test: fresh isolated pages at 1366x768 on the shared server, helpers to open a map, find a
/// cell, take a screenshot, and the uncaught page errors seen during the test.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract partial class BrowserTest : IAsyncLifetime
{
    public const string ReadyGridSelector = "[data-testid=\"map-grid\"][data-ready=\"true\"]";

    /// <summary>The grid with every lane drawn (a big map draws the lanes on screen first, the rest right after).</summary>
    public const string CompleteGridSelector = "[data-testid=\"map-grid\"][data-complete=\"true\"]";

    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _pageErrors = [];

    protected BrowserTest(BrowserFixture fixture, ITestOutputHelper output)
    {
        // CI runs on two busy cores: Playwright's 5 s default for expectations is too tight there.
        Assertions.SetDefaultExpectTimeout(10_000);
        Fixture = fixture;
        Output = output;
    }

    protected BrowserFixture Fixture { get; }

    protected ITestOutputHelper Output { get; }

    protected WaymarkApi Api => Fixture.Api;

    /// <summary>
    /// Pages of this test save whole documents (PUT with If-Match) even where the server has the co-editing hub:
    /// for tests of that autosave (its retries, conflicts and states), which the hub would otherwise replace. Read when a
    /// page is made, so a test may change it between pages.
    /// </summary>
    protected bool WholeDocumentSaves { get; set; }

    /// <summary>Uncaught exceptions thrown in any page this test opened.</summary>
    protected IReadOnlyList<string> PageErrors => _pageErrors;

    /// <summary>
    /// A page in its own browser context (no shared storage), with the server (or <paramref name="server"/>) as base URL
    /// and <paramref name="headers"/> sent with every request.
    /// </summary>
    protected async Task<IPage> NewPageAsync(Uri? server = null, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (server ?? Fixture.Server.Address).ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "en-GB",
            TimezoneId = "UTC",
            ExtraHTTPHeaders = headers,
        });
        context.SetDefaultTimeout(15_000);
        if (WholeDocumentSaves)
        {
            // The editor's switch for set-ups without the hub (web/src/features/collab/useCollab.ts).
            await context.AddInitScriptAsync("try { localStorage.setItem('waymark.collab', 'off'); } catch { }");
        }

        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => _pageErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Output.WriteLine($"console error: {message.Text}");
            }
        };
        return page;
    }

    /// <summary>Opens the map with this name (demo workspace) by its URL and waits until its grid is drawn.</summary>
    protected async Task<string> OpenMapAsync(IPage page, string mapName)
    {
        var id = await Api.MapIdAsync(mapName);
        await OpenMapByIdAsync(page, id);
        return id;
    }

    protected static async Task OpenMapByIdAsync(IPage page, string mapId)
    {
        await page.GotoAsync($"/maps/{mapId}");
        try
        {
            await page.Locator(ReadyGridSelector).WaitForAsync();
            await page.Locator(CompleteGridSelector).WaitForAsync();
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(
                $"The map grid of {mapId} never became ready: the editor marks it {ReadyGridSelector} once drawn "
                + $"and {CompleteGridSelector} once every lane is.", e);
        }
    }

    /// <summary>Edits a text cell the way a user does: click it, Enter to edit, replace the text, Enter to commit.</summary>
    protected static async Task EditTextCellAsync(IPage page, string laneId, string stepId, string text)
    {
        var cell = Cell(page, laneId, stepId);
        await cell.ClickAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.InsertTextAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>The cell of a lane at a step (the editor marks it data-testid="cell-{laneId}-{stepId}").</summary>
    protected static ILocator Cell(IPage page, string laneId, string stepId) =>
        page.Locator($"[data-testid=\"cell-{laneId}-{stepId}\"]");

    /// <summary>Polls the API until the stored map satisfies <paramref name="saved"/> (autosave is debounced) or 10 s pass.</summary>
    protected async Task<JourneyMap> WaitForSavedAsync(string mapId, Func<JourneyMap, bool> saved)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var map = await Api.GetMapAsync(mapId);
        while (!saved(map) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            map = await Api.GetMapAsync(mapId);
        }

        return map;
    }

    /// <summary>Saves a full-page PNG under TestResults/screenshots in the test output and prints its path.</summary>
    protected async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Fixture.ScreenshotDirectory, UnsafeFileChars().Replace(name, "-") + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Output.WriteLine($"screenshot: {path}");
        return path;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }

    [GeneratedRegex("[^A-Za-z0-9_.-]+")]
    private static partial Regex UnsafeFileChars();
}
