using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Waymark.Browser.Tests;

/// <summary>The editor's Export menu: format and options, a preview drawn by the server, and the download link.</summary>
public sealed class ExportMenuTests : BrowserTest
{
    public ExportMenuTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task ExportMenu_PdfOnA4_PreviewsAndLinksThePagedPdf()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        var id = await OpenMapAsync(page, "Service blueprint: click and collect");

        await page.GetByTestId("export-menu").ClickAsync();
        var preview = page.GetByTestId("export-preview");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('[data-testid=export-preview]'); return i && i.complete && i.naturalWidth > 0; }",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });

        var href = await page.GetByTestId("export-download").GetAttributeAsync("href");
        Assert.Contains($"/maps/{id}/export?format=pdf&pages=a4", href, StringComparison.Ordinal);
        Assert.True(await preview.EvaluateAsync<int>("i => i.naturalWidth") > 1000);
        await ScreenshotAsync(page, "export-menu");

        await page.GetByText("PNG", new PageGetByTextOptions { Exact = true }).ClickAsync();
        href = await page.GetByTestId("export-download").GetAttributeAsync("href");
        Assert.Contains("format=png&scale=2", href, StringComparison.Ordinal);
        var response = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, response.Status);
        Assert.Equal("image/png", response.Headers["content-type"]);
        Assert.Empty(PageErrors);
    }
}
