using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using Waymark.Core.Templates;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Share links in Chromium: the owner's Share dialog, and a guest who opens a passcode link in a fresh browser,
/// reads the map read-only, votes, and reaches nothing else of the workspace.
/// </summary>
public sealed class ShareTests : BrowserTest
{
    public ShareTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task ShareDialog_LinkCreated_ShownOnceAndListed()
    {
        var mapId = await Api.CreateMapAsync(MapCopier.Copy(TemplateLibrary.Find("saas-trial")!.Create(), newIds: true));
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);

        await page.GetByTestId("share").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByText("Not shared yet")).ToBeVisibleAsync();
        await dialog.GetByText("Comment and vote").First.ClickAsync();
        await page.GetByTestId("share-passcode").FillAsync("tangerine");
        await page.GetByTestId("share-data").CheckAsync();
        await ScreenshotAsync(page, "share-dialog-form");
        await page.GetByTestId("share-create").ClickAsync();

        var url = await page.GetByTestId("share-url").TextContentAsync() ?? "";
        Assert.Matches("/s/shl_[a-z0-9]+\\.[A-Za-z0-9_-]{43}$", url);
        await Expect(page.GetByTestId("share-link-row")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("share-last-used")).ToHaveTextAsync("Not used yet");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await ScreenshotAsync(page, "share-dialog");
        Assert.DoesNotContain(url[(url.IndexOf(".", StringComparison.Ordinal) + 1)..], await dialog.Locator("ul").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task PasscodeLink_OpenedInAFreshBrowser_ReadsTheMapReadOnlyAndNothingElse()
    {
        var template = TemplateLibrary.Find("saas-trial")!.Create();
        var mapId = await Api.CreateMapAsync(MapCopier.Copy(template, newIds: true));
        var path = await CreateLinkAsync(mapId, "tangerine");
        var guest = await NewPageAsync();

        await guest.GotoAsync(path);
        await Expect(guest.GetByTestId("guest-passcode")).ToBeVisibleAsync();
        Assert.EndsWith("/shared", guest.Url, StringComparison.Ordinal); // the token left the address bar at once
        await guest.GetByTestId("guest-passcode").FillAsync("wrong one");
        await guest.GetByTestId("guest-open").ClickAsync();
        await Expect(guest.GetByRole(AriaRole.Alert)).ToContainTextAsync("not right");
        await guest.GetByTestId("guest-passcode").FillAsync("tangerine");
        await guest.GetByTestId("guest-name").FillAsync("Ada");
        await guest.GetByTestId("guest-open").ClickAsync();

        await guest.Locator(CompleteGridSelector).WaitForAsync();
        await Expect(guest.Locator("[data-testid=\"map-grid\"][data-readonly=\"true\"]")).ToHaveCountAsync(1);
        await Expect(guest.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = template.Name })).ToBeVisibleAsync();
        await Expect(guest.GetByTestId("shared-workspace")).ToHaveTextAsync("Demo workspace");
        await Expect(guest.GetByTestId("add-lane")).ToBeHiddenAsync();
        // No way into the workspace: the one link is "Skip to map", which stays on the page.
        await Expect(guest.Locator("a:not([href^='#'])")).ToHaveCountAsync(0);
        await Expect(guest.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Skip to map"]);
        // A comment link: the stages' and steps' menus offer the comment only; lanes have none.
        await Expect(guest.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = new System.Text.RegularExpressions.Regex("^Lane .* actions$") }))
            .ToHaveCountAsync(0);
        await guest.GetByTestId("step-menu").First.ClickAsync();
        await Expect(guest.GetByRole(AriaRole.Menu).GetByRole(AriaRole.Menuitem)).ToHaveTextAsync(["Comment on step…"]);
        await guest.Keyboard.PressAsync("Escape");

        var firstCell = guest.Locator("[data-testid^=\"cell-\"]").First;
        await firstCell.DblClickAsync();
        await Expect(guest.Locator("[data-testid=\"map-grid\"] textarea")).ToHaveCountAsync(0);

        var idea = guest.Locator("[data-testid=\"idea\"]").First;
        await idea.Locator("[data-testid=\"idea-vote\"]").ClickAsync();
        await Expect(idea.Locator("[data-testid=\"idea-votes\"]")).ToHaveTextAsync("1");

        foreach (var route in new[] { "/maps", "/personas", "/segments", "/events/summary", "/api-keys", $"/maps/{mapId}/share-links", $"/maps/{mapId}/revisions" })
        {
            var status = await guest.EvaluateAsync<int>($"async () => (await fetch('/api/workspaces/{WaymarkApi.DemoWorkspace}{route}')).status");
            Assert.True(status == 404, $"{route}: {status}");
        }

        await guest.Locator("[data-testid=\"map-grid\"]").EvaluateAsync("grid => grid.scrollTo(0, 0)");
        await guest.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await ScreenshotAsync(guest, "shared-map");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task DataLink_Opened_ShowsTheFiguresButNoWayToChangeThem()
    {
        var mapId = await Api.MapIdAsync("SaaS free trial to paid");
        using var response = await Api.Http.PostAsJsonAsync($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/share-links",
            new { access = "view", includesData = true });
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var guest = await NewPageAsync();

        await guest.GotoAsync(doc.RootElement.GetProperty("path").GetString()!);

        await guest.Locator(CompleteGridSelector).WaitForAsync();
        await Expect(guest.GetByText("View only")).ToBeVisibleAsync();
        await guest.GetByTestId("toggle-comments").ClickAsync(); // a view link's guest reads the threads, writes none
        await Expect(guest.GetByTestId("comments-read-only")).ToBeVisibleAsync();
        await Expect(guest.GetByTestId("comment-composer")).ToHaveCountAsync(0);
        await Expect(guest.Locator("[data-testid=\"idea-vote\"]").First).ToBeDisabledAsync();
        var overlay = await guest.EvaluateAsync<int>($"async () => (await fetch('/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/overlay')).status");
        Assert.Equal(200, overlay);
        await guest.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await ScreenshotAsync(guest, "shared-map-data");
        Assert.Empty(PageErrors);
    }

    private async Task<string> CreateLinkAsync(string mapId, string passcode)
    {
        using var response = await Api.Http.PostAsJsonAsync($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/share-links",
            new { access = "comment", passcode, includesData = false });
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("path").GetString()!;
    }
}
