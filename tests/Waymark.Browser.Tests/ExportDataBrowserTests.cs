using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The Export menu's data strip (it follows the data view's period and segment; the preview and the download carry
/// it) and printing (Ctrl+P and the menu's Print open the map's paged PDF).
/// </summary>
public sealed class ExportDataBrowserTests : BrowserTest
{
    public ExportDataBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task ExportMenu_DataViewOn_OffersTheStripForItsPeriodAndPreviewsIt()
    {
        var (_, mapId) = await OverlayData.CreateAsync(Api, "Export with data");
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);
        await OverlayData.ShowAllTimeAsync(page);

        await page.GetByTestId("export-menu").ClickAsync();

        await Expect(page.GetByTestId("export-data")).ToBeCheckedAsync();
        await Expect(page.GetByTestId("export-period")).ToHaveValueAsync("all");
        await Expect(page.GetByTestId("export-preview")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("format=svg&data=true"));
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('[data-testid=export-preview]'); return i && i.complete && i.naturalWidth > 0; }",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        var href = await page.GetByTestId("export-download").GetAttributeAsync("href");
        Assert.Contains($"/maps/{mapId}/export?format=pdf&pages=a4&data=true", href, StringComparison.Ordinal);
        var pdf = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        await ScreenshotAsync(page, "export-menu-data");

        await page.GetByTestId("export-period").SelectOptionAsync("7d");
        href = await page.GetByTestId("export-download").GetAttributeAsync("href");
        Assert.Contains("&from=", href, StringComparison.Ordinal);
        await page.GetByTestId("export-data").UncheckAsync();
        href = await page.GetByTestId("export-download").GetAttributeAsync("href");
        Assert.DoesNotContain("data=", href, StringComparison.Ordinal);
        await Expect(page.GetByTestId("export-period")).ToHaveCountAsync(0);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task CtrlP_OnOpenMap_OpensThePagedPdfForPrinting()
    {
        var page = await NewPageAsync();
        var id = await OpenMapAsync(page, "Service blueprint: click and collect");

        var url = await RequestedExportAsync(page, () => page.Keyboard.PressAsync("Control+P"));

        Assert.Contains($"/maps/{id}/export?format=pdf&pages=a4", url, StringComparison.Ordinal);
        var pdf = await page.APIRequest.GetAsync(url);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.True((await pdf.BodyAsync()).Length > 10_000);

        await page.GetByTestId("export-menu").ClickAsync();
        url = await RequestedExportAsync(page, () => page.GetByTestId("export-print").ClickAsync());
        Assert.Contains($"/maps/{id}/export?format=pdf&pages=a4", url, StringComparison.Ordinal);
        Assert.Empty(PageErrors);
    }

    /// <summary>The PDF export a page (or the tab it opens) asks for after <paramref name="act"/>.</summary>
    private static async Task<string> RequestedExportAsync(IPage page, Func<Task> act)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRequest(object? sender, IRequest r)
        {
            if (r.Url.Contains("/export?format=pdf", StringComparison.Ordinal))
            {
                seen.TrySetResult(r.Url);
            }
        }

        page.Context.Request += OnRequest;
        try
        {
            await act();
            return await seen.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
        finally
        {
            page.Context.Request -= OnRequest;
        }
    }
}
