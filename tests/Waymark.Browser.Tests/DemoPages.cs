using Microsoft.Playwright;

namespace Waymark.Browser.Tests;

/// <summary>
/// Pages on the <see cref="DemoDataServer"/> as the pictures are taken: 1366x768, en-GB, UTC, each page error
/// collected; and the wait until a screen is finished (requests, fonts, transitions).
/// </summary>
public static class DemoPages
{
    public static async Task<IPage> NewAsync(IBrowser browser, Uri server, List<string> errors, int timeoutMs = 15_000)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(timeoutMs);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => errors.Add(error);
        return page;
    }

    /// <summary>Waits until requests, fonts and transitions are done, so a picture shows the finished screen.</summary>
    public static async Task SettleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.WaitForTimeoutAsync(300);
    }
}
