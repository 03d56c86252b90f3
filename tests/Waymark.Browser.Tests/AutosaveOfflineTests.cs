using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// The one autosave, seen from both of its pages: taken offline, the map editor and the persona sheet say
/// "Offline — N changes waiting" in the same words, keep what was typed, and save it by themselves once back online.
/// </summary>
public sealed class AutosaveOfflineTests : BrowserTest
{
    public AutosaveOfflineTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task MapEditor_Offline_CountsWaitingChangesAndSavesThemBackOnline()
    {
        var (page, mapId) = await OpenFreshMapAsync("Offline map");

        await page.Context.SetOfflineAsync(true);
        await TypeIntoTextCellAsync(page, Cell(page, Actions, Compare), "Typed on the train");
        await Expect(SaveStatus(page)).ToHaveAttributeAsync("data-state", "offline");
        await Expect(SaveStatus(page)).ToHaveTextAsync("Offline — 1 change waiting");
        await Expect(page.GetByTestId("save-retry")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "autosave-offline-map");
        await page.Context.SetOfflineAsync(false);

        await Expect(SaveStatus(page)).ToHaveTextAsync("All changes saved", new() { Timeout = 15_000 });
        Assert.Equal("Typed on the train", CellOf(await Api.GetMapAsync(mapId), Actions, Compare)?.Text);
    }

    [Fact]
    public async Task PersonaSheet_Offline_SameWordsAndSavesBackOnline()
    {
        var id = $"per-offline-{Guid.NewGuid().ToString("N")[..6]}";
        using (var created = await Api.Http.PostAsJsonAsync($"/api/workspaces/{WaymarkApi.DemoWorkspace}/personas", new { id, name = "Olive Offline" }))
        {
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        var page = await NewPageAsync();
        await page.GotoAsync($"/personas/{id}");
        var role = page.GetByLabel("Job role");
        await Expect(SaveStatus(page)).ToHaveTextAsync("All changes saved");

        await page.Context.SetOfflineAsync(true);
        await role.FillAsync("Night-shift nurse");
        await Expect(SaveStatus(page)).ToHaveAttributeAsync("data-state", "offline");
        await Expect(SaveStatus(page)).ToHaveTextAsync("Offline — 1 change waiting");
        await ScreenshotAsync(page, "autosave-offline-persona");
        await page.Context.SetOfflineAsync(false);

        await Expect(SaveStatus(page)).ToHaveTextAsync("All changes saved", new() { Timeout = 15_000 });
        var stored = await Api.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/personas/{id}");
        Assert.Equal("Night-shift nurse", stored.GetProperty("jobRole").GetString());
        Assert.Empty(PageErrors);
    }
}
