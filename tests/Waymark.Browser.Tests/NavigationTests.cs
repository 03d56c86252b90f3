using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Waymark.Browser.Tests;

/// <summary>Every client-side route works as a deep link, and in-app navigation keeps the browser history.</summary>
public sealed class NavigationTests : BrowserTest
{
    public NavigationTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Theory]
    [InlineData("/templates", "route-templates")]
    [InlineData("/personas", "route-personas")]
    [InlineData("/personas/{persona}", "route-persona")]
    public async Task ClientRoute_OpenedDirectly_RendersInTheShell(string path, string screenshot)
    {
        var url = path.Replace("{persona}", (await Api.PersonaIdsAsync())[0], StringComparison.Ordinal);
        var page = await NewPageAsync();

        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.GetByText("Demo workspace").First.WaitForAsync();

        await ScreenshotAsync(page, screenshot);
        Assert.Equal(200, response?.Status);
        Assert.EndsWith(url, page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByText("Page not found").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Alert).CountAsync());
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task UnknownPage_OpenedDirectly_ShowsNotFoundInTheApp()
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync("/no/such/page");
        await page.GetByText("Page not found").WaitForAsync();

        Assert.Equal(200, response?.Status);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task MapCard_ClickedThenBack_ReturnsToHome()
    {
        var map = (await Api.MapsAsync())[0];
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByText(map.Name).First.ClickAsync();
        await page.Locator(CompleteGridSelector).WaitForAsync();
        var mapUrl = page.Url;
        await page.GoBackAsync();
        await page.GetByText(map.Name).First.WaitForAsync();

        Assert.EndsWith($"/maps/{map.Id}", mapUrl, StringComparison.Ordinal);
        Assert.Equal(new Uri(Fixture.Server.Address, "/").ToString(), page.Url);
        Assert.Empty(PageErrors);
    }
}
