using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Waymark.Data.Entities;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// A viewer reads a map's history on a server with accounts: the editor's session and named version show, a point
/// previews read-only, and there is no command that would change the map (no Restore, no naming, no version menu).
/// </summary>
public sealed class HistoryViewerTests : BrowserTest, IClassFixture<AccountsServer>
{
    private readonly AccountsServer _accounts;
    private readonly TeamPeople _people;

    public HistoryViewerTests(BrowserFixture fixture, AccountsServer accounts, ITestOutputHelper output)
        : base(fixture, output)
    {
        _accounts = accounts;
        _people = new TeamPeople(accounts.Server);
    }

    [Fact]
    public async Task Viewer_SeesHistoryAndPreviews_ButNoRestoreOrNameCommands()
    {
        var mapId = await _people.MapIdAsync(0);
        using var ada = await _people.ClientAsync(AccountsServer.Email, AccountsServer.Password);
        await EditDescriptionAsync(ada, mapId, "Edited before the review");
        using (var named = await ada.PostAsJsonAsync(MapUrl(mapId) + "/versions", new { name = "before the review" }))
        {
            Assert.True(named.IsSuccessStatusCode, await named.Content.ReadAsStringAsync());
        }

        await _people.AddAsync("vera@example.com", "Vera Viewer", MemberRoles.Viewer);
        var page = await NewPageAsync(_accounts.Server.Address);
        await _people.SignInAsync(page, "vera@example.com", TeamPeople.Password, "Vera Viewer");
        // From the workspace's map list: the card's menu opens the map on its history (a viewer has the entry too).
        await page.GotoAsync(_people.Url("/"));
        var card = page.Locator($"[data-testid=\"map-card\"][data-map-id=\"{mapId}\"]");
        await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Actions for" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Version history" }).ClickAsync();
        await page.Locator(CompleteGridSelector).WaitForAsync();
        var panel = page.GetByTestId("history-panel");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/maps/{mapId}$")); // a reload opens the map as usual
        await Expect(panel.Locator("[data-testid=\"history-session\"][data-author=\"Ada Lovelace\"]")).Not.ToHaveCountAsync(0);
        var version = panel.GetByTestId("history-version");
        await Expect(version).ToContainTextAsync("before the review");
        await Expect(panel.GetByTestId("name-current-version")).ToHaveCountAsync(0);
        await Expect(version.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Actions for the version before the review" })).ToHaveCountAsync(0);

        await panel.GetByTestId("history-session").First.ClickAsync();
        var preview = page.GetByTestId("history-preview");
        await Expect(preview.GetByTestId("history-back")).ToBeVisibleAsync();
        await Expect(preview.GetByTestId("history-restore")).ToHaveCountAsync(0);
        await Expect(preview.GetByTestId("history-name")).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("Escape");
        await Expect(preview).ToHaveCountAsync(0);
        Assert.Empty(PageErrors);
    }

    private static string MapUrl(string mapId) => $"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}";

    /// <summary>A whole-document save by the editor: logged as an operation, so the history has her session.</summary>
    private static async Task EditDescriptionAsync(HttpClient http, string mapId, string description)
    {
        using var got = await http.GetAsync(MapUrl(mapId));
        Assert.True(got.IsSuccessStatusCode, await got.Content.ReadAsStringAsync());
        var map = JsonNode.Parse(await got.Content.ReadAsStringAsync())!;
        map["description"] = description;
        using var put = new HttpRequestMessage(HttpMethod.Put, MapUrl(mapId)) { Content = JsonContent.Create(map) };
        put.Headers.IfMatch.Add(got.Headers.ETag ?? throw new InvalidOperationException("no ETag"));
        using var saved = await http.SendAsync(put);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
    }
}
