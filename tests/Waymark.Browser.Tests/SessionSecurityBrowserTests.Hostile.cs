using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Core.Templates;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>Markup typed into every text a person can enter, planted through the API, shown on every page that shows it.</summary>
public sealed partial class SessionSecurityBrowserTests
{
    private const string Hostile = SecurityServer.Hostile;

    [Fact]
    public async Task HostileText_EveryPlaceAPersonTypes_ShownAsTextAndNeverRun()
    {
        using var owner = await _security.SignInAsync();
        using var editor = await _security.SignInAsync(SecurityServer.EditorEmail);
        var (mapId, stepName) = await PlantMapAsync(editor);
        await PostAsync(editor, $"{Ws}/maps/{mapId}/threads", new { anchor = new { kind = "map" }, body = "Look: " + Hostile });
        await PostAsync(owner, $"{Ws}/personas", new { schemaVersion = 1, id = "per-hostile", name = "Hana " + Hostile, quote = "Quote " + Hostile });
        await PostAsync(owner, $"{Ws}/maps/{mapId}/share-links", new { access = "view", label = "Label " + Hostile });
        var shareToken = (await PostAsync(owner, $"{Ws}/maps/{mapId}/share-links", new { access = "comment" })).GetProperty("token").GetString();
        var invitation = (await PostAsync(owner, $"{Ws}/invitations", new { role = "viewer" })).GetProperty("link").GetString()!;

        var page = await WatchedPageAsync(signedIn: true);
        await ExpectTextAsync(page, "/", SecurityServer.WorkspaceName, "Map " + Hostile);
        await ExpectTextAsync(page, $"/maps/{mapId}", "Map " + Hostile, stepName, "Cell " + Hostile);
        await page.Locator("[data-testid=\"toggle-comments\"]").ClickAsync();
        await AssertShownAsTextAsync(page, "Look: " + Hostile, SecurityServer.EditorName);
        await page.GetByTestId("share").ClickAsync();
        await AssertShownAsTextAsync(page, "Label " + Hostile);
        await ExpectTextAsync(page, "/personas", "Hana " + Hostile);
        await page.GotoAsync(new Uri(Waymark, "/personas/per-hostile").ToString()); // the persona page edits in place
        await Expect(page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Name", Exact = true })).ToHaveValueAsync("Hana " + Hostile);
        await Expect(page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Quote", Exact = true })).ToHaveValueAsync("Quote " + Hostile);
        await AssertShownAsTextAsync(page); // in the inputs only, and nothing of it ran
        await ExpectTextAsync(page, "/members", SecurityServer.EditorName);
        await ExpectTextAsync(page, "/activity", "Map " + Hostile, SecurityServer.EditorName);
        await ScreenshotAsync(page, "hostile-activity");

        var stranger = await WatchedPageAsync(signedIn: false);
        await ExpectTextAsync(stranger, invitation[invitation.IndexOf("/invite", StringComparison.Ordinal)..], SecurityServer.WorkspaceName);
        await ScreenshotAsync(stranger, "hostile-invitation");
        var guest = await WatchedPageAsync(signedIn: false);
        await guest.GotoAsync(new Uri(Waymark, "/s/" + shareToken).ToString());
        await AssertShownAsTextAsync(guest, "Map " + Hostile, "Cell " + Hostile);
        await ScreenshotAsync(guest, "hostile-shared-map");

        Assert.Empty(_violations);
        Assert.Empty(_dialogs);
        Assert.Empty(PageErrors);
    }

    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<string> _dialogs = new();

    /// <summary>A page that reports any CSP violation (markup that was parsed and tried to run) and any dialog.</summary>
    private async Task<IPage> WatchedPageAsync(bool signedIn)
    {
        var page = await NewPageAsync(Waymark);
        page.Dialog += (_, dialog) => { _dialogs.Enqueue(dialog.Message); _ = dialog.DismissAsync(); };
        await page.ExposeFunctionAsync("reportViolation", (string v) => _violations.Enqueue(v));
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.effectiveDirective + ' ' + e.sample));");
        if (signedIn)
        {
            await SignInThroughThePageAsync(page);
        }

        return page;
    }

    private async Task ExpectTextAsync(IPage page, string path, params string[] texts)
    {
        await page.GotoAsync(new Uri(Waymark, path).ToString());
        await AssertShownAsTextAsync(page, texts);
    }

    /// <summary>Each text is on the page as typed; no markup of it became an element, and nothing of it ran.</summary>
    private async Task AssertShownAsTextAsync(IPage page, params string[] texts)
    {
        foreach (var text in texts)
        {
            await Expect(page.GetByText(text).And(page.Locator("*:visible")).First).ToBeVisibleAsync(); // not a filter's option
        }

        await page.WaitForTimeoutAsync(200);
        Assert.Equal(0, await page.Locator("img[src=\"x\"], body script:not([src])").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
    }

    /// <summary>A map whose name, first step's name and a text cell are hostile; answers its id and the step's name.</summary>
    private static async Task<(string MapId, string StepName)> PlantMapAsync(HttpClient editor)
    {
        var map = MapCopier.Copy(TemplateLibrary.Find("saas-trial")!.Create(), newIds: true);
        map.Name = "Map " + Hostile;
        var step = map.AllSteps().First();
        step.Name = "Step " + Hostile;
        var lane = map.Lanes.First(l => l.Kind == LaneKind.Text || l.Kind == LaneKind.Actions);
        lane.Cells[step.Id] = new Cell { Text = "Cell " + Hostile };
        using var created = await editor.PostAsJsonAsync($"{Ws}/maps", new { name = map.Name });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        map.Id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var put = new HttpRequestMessage(HttpMethod.Put, $"{Ws}/maps/{map.Id}")
        {
            Content = new StringContent(MapSerializer.ToJson(map), Encoding.UTF8, "application/json"),
        };
        put.Headers.IfMatch.Add(created.Headers.ETag!);
        using var saved = await editor.SendAsync(put);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        return (map.Id, step.Name);
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string url, object body)
    {
        using var response = await http.PostAsJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
