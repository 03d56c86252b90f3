using Microsoft.Playwright;
using Waymark.Core.Maps;
using Waymark.Core.Templates;
using Xunit.Abstractions;

namespace Waymark.Browser.Tests;

/// <summary>The server hosts the front end: home page, deep links and API errors, as a browser sees them.</summary>
public sealed class SmokeTests : BrowserTest
{
    public SmokeTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task Home_FirstVisit_ShowsTheWorkspaceShell()
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync("/");
        await page.GetByText("Demo workspace").First.WaitForAsync();

        await ScreenshotAsync(page, "shell-home");
        Assert.Equal(200, response?.Status);
        Assert.Contains("Waymark", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Navigation).GetByText("Maps").IsVisibleAsync());
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Home_FirstVisit_ShowsDemoMaps()
    {
        var maps = await Api.MapsAsync();
        var page = await NewPageAsync();

        await page.GotoAsync("/");
        foreach (var map in maps.Take(3))
        {
            await page.GetByText(map.Name).First.WaitForAsync();
        }

        await ScreenshotAsync(page, "home-maps");
        Assert.True(maps.Count >= 3, $"the demo workspace should hold the template maps, found {maps.Count}");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task MapUrl_OpenedDirectly_OpensThatMap()
    {
        var map = (await Api.MapsAsync())[0];
        var page = await NewPageAsync();

        var response = await page.GotoAsync($"/maps/{map.Id}");
        await page.Locator(CompleteGridSelector).WaitForAsync();
        await page.ReloadAsync();
        await page.Locator(CompleteGridSelector).WaitForAsync();

        await ScreenshotAsync(page, "map-deep-link");
        Assert.Equal(200, response?.Status);
        Assert.StartsWith("text/html", response!.Headers["content-type"], StringComparison.Ordinal);
        Assert.EndsWith($"/maps/{map.Id}", page.Url, StringComparison.Ordinal);
        Assert.Equal(map.Name, await page.GetByTestId("map-name").InputValueAsync());
        Assert.Equal(0, await page.GetByText("Page not found").CountAsync());
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task CreatedMap_OpenedByUrl_IsShown()
    {
        var map = MapCopier.Copy(TemplateLibrary.All[0].Create(), newIds: true);
        map.Name = "Browser test map " + Guid.NewGuid().ToString("N")[..6];
        var id = await Api.CreateMapAsync(map);
        var page = await NewPageAsync();

        await OpenMapByIdAsync(page, id);

        Assert.Equal(map.Name, await page.GetByTestId("map-name").InputValueAsync());
        Assert.Equal(map.Lanes.Count, (await Api.GetMapAsync(id)).Lanes.Count);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task UnknownApiPath_OpenedInBrowser_Returns404Problem()
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync("/api/no-such-thing");

        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        Assert.StartsWith("application/problem+json", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("\"status\":404", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HashedAssets_LoadedByHome_AreCachedImmutable()
    {
        var page = await NewPageAsync();
        var assets = new List<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/assets/", StringComparison.Ordinal))
            {
                assets.Add(response);
            }
        };

        await page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.NotEmpty(assets);
        Assert.All(assets, a => Assert.Contains("immutable", a.Headers["cache-control"], StringComparison.Ordinal));
    }
}
