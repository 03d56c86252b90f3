using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// A save the server cannot take (it is down, it answers 503) shows as failed, is tried again, and the edit
/// reaches the server once it is back: it is never dropped silently.
/// </summary>
public sealed class SaveRetryTests : BrowserTest
{
    private const string MapsPut = "**/api/workspaces/*/maps/*";

    public SaveRetryTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
        // These tests are about the whole-document autosave (its states, retries and conflicts).
        WholeDocumentSaves = true;
    }

    [Fact]
    public async Task FailedSave_ServerBackSoon_IsRetriedByItself()
    {
        var (page, mapId) = await OpenFreshMapAsync("Retry");
        var refused = 0;
        await page.RouteAsync(MapsPut, async route =>
        {
            if (route.Request.Method == "PUT" && refused == 0)
            {
                refused++;
                await route.FulfillAsync(Unavailable());
                return;
            }

            await route.ContinueAsync();
        });
        const string text = "Waits for the page to load";

        // The failed state lasts about a second before the retry; on a busy machine polling can miss it, so
        // the page itself records every state the indicator shows.
        await RecordSaveStatesAsync(page);
        await TypeIntoTextCellAsync(page, Cell(page, Actions, Compare), text);

        await Expect(SaveStatus(page)).ToHaveAttributeAsync("data-state", "saved", new() { Timeout = 15_000 });
        var shown = await page.EvaluateAsync<string[]>("() => window.__saveStates");
        var failedAt = Array.FindIndex(shown, s => s.StartsWith("failed|", StringComparison.Ordinal));
        Assert.True(failedAt >= 0, "never showed failed: " + string.Join(" → ", shown));
        Assert.Matches(new Regex("Couldn't save"), shown[failedAt]);
        Assert.StartsWith("saved|", shown[^1], StringComparison.Ordinal);
        Assert.Equal(1, refused);
        Assert.Equal(text, CellOf(await Api.GetMapAsync(mapId), Actions, Compare)?.Text);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task FailedSave_RetryNow_SavesTheEditOnceTheServerIsBack()
    {
        var (page, mapId) = await OpenFreshMapAsync("Retry now");
        var serverDown = true;
        var refused = 0;
        await page.RouteAsync(MapsPut, async route =>
        {
            if (route.Request.Method == "PUT" && serverDown)
            {
                Interlocked.Increment(ref refused);
                await route.FulfillAsync(Unavailable());
                return;
            }

            await route.ContinueAsync();
        });
        const string text = "Gives up on the comparison site";

        await TypeIntoTextCellAsync(page, Cell(page, Actions, Compare), text);
        await Expect(SaveStatus(page)).ToHaveAttributeAsync("data-state", "failed");
        await Expect(CellText(Cell(page, Actions, Compare))).ToHaveTextAsync(text); // kept on screen
        Assert.Null(CellOf(await Api.GetMapAsync(mapId), Actions, Compare)?.Text);

        // It keeps trying by itself (1 s, then 2 s later...); right after its second try, "Retry now" goes first.
        await WaitUntilAsync(() => Volatile.Read(ref refused) >= 2);
        await Expect(SaveStatus(page)).ToHaveAttributeAsync("data-state", "failed");
        serverDown = false;
        var saved = await page.RunAndWaitForResponseAsync(
            () => page.Locator("[data-testid=\"save-retry\"]").ClickAsync(), IsMapPut);

        Assert.Equal(200, saved.Status);
        await Expect(SaveStatus(page)).ToHaveAttributeAsync("data-state", "saved");
        Assert.Equal(text, CellOf(await Api.GetMapAsync(mapId), Actions, Compare)?.Text);
        await page.ReloadAsync();
        await page.Locator(CompleteGridSelector).WaitForAsync();
        await Expect(CellText(Cell(page, Actions, Compare))).ToHaveTextAsync(text);
        Assert.Empty(PageErrors);
    }

    private static Task RecordSaveStatesAsync(IPage page) => page.EvaluateAsync("""
        () => {
          const states = [];
          window.__saveStates = states;
          const record = () => {
            const el = document.querySelector('[data-testid="save-status"]');
            if (!el) return;
            const now = el.getAttribute('data-state') + '|' + el.textContent;
            if (states[states.length - 1] !== now) states.push(now);
          };
          record();
          new MutationObserver(record).observe(document.body, {
            subtree: true, childList: true, attributes: true, characterData: true });
        }
        """);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the editor to retry the save");
            await Task.Delay(20);
        }
    }

    private static RouteFulfillOptions Unavailable() => new()
    {
        Status = 503,
        ContentType = "application/problem+json",
        Body = """{"title":"Service unavailable","status":503}""",
    };
}
