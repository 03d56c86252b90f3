using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The Activity page in a real Chromium: lines in plain words, a name full of markup shown as typed (and nothing in it
/// run), the Maps filter, Load older, the look at 1366x768.
/// </summary>
public sealed class ActivityPageTests : BrowserTest
{
    private const string Payload = "<img src=x onerror=\"window.__xss=1;alert(1)\">";
    private const string Lines = "li[data-action]";
    private const string Ws = $"/api/workspaces/{WaymarkApi.DemoWorkspace}";

    public ActivityPageTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task ActivityPage_RecordedChanges_ReadableFilteredPagedAndMarkupStaysText()
    {
        var markupMap = await MakeHistoryAsync();
        try
        {
            await CheckPageAsync();
        }
        finally
        {
            await DeleteMapAsync(markupMap); // the demo workspace stays as the other tests expect it
        }
    }

    private async Task CheckPageAsync()
    {
        var page = await NewPageAsync();
        var dialogs = new ConcurrentQueue<string>();
        var violations = new ConcurrentQueue<string>();
        page.Dialog += (_, dialog) => { dialogs.Enqueue(dialog.Message); _ = dialog.DismissAsync(); };
        await page.ExposeFunctionAsync("reportViolation", (string v) => violations.Enqueue(v));
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.effectiveDirective));");

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Activity", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Activity", Level = 1 }).WaitForAsync();
        await Assertions.Expect(page.Locator(Lines)).ToHaveCountAsync(50);
        var markup = page.Locator(Lines).Filter(new() { HasText = "created the map" }).First;
        await Assertions.Expect(markup.GetByRole(AriaRole.Link)).ToHaveTextAsync(Payload);
        var deleted = page.Locator(Lines).Filter(new() { HasText = "deleted the map" }).First;
        await Assertions.Expect(deleted).ToContainTextAsync("You deleted the map Onboarding (audit)");
        await ScreenshotAsync(page, "activity");

        await page.GetByRole(AriaRole.Button, new() { Name = "Load older" }).ClickAsync();
        await Assertions.Expect(page.Locator(Lines)).Not.ToHaveCountAsync(50);
        var paged = await page.Locator(Lines).CountAsync();
        await page.GetByLabel("What").SelectOptionAsync(new SelectOptionValue { Label = "Maps" });
        await Assertions.Expect(page.Locator(Lines).Filter(new() { HasText = "segment" })).ToHaveCountAsync(0);
        // The filtered list replaces the old one after a load: wait for its first line, not for the old lines to go.
        await Assertions.Expect(page.Locator(Lines).First).ToHaveAttributeAsync("data-action", new Regex("^map\\."));
        var actions = await page.Locator(Lines).EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.action)");
        await ScreenshotAsync(page, "activity-maps");
        // Other tests share this server and may have written any kind of line: a period before all of them is empty.
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2000-01-01");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Nothing matches these filters" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear filters" }).Last.ClickAsync();
        await Assertions.Expect(page.Locator(Lines)).ToHaveCountAsync(50);

        Assert.True(paged > 50, $"Load older showed {paged} lines");
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.StartsWith("map.", a, StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("ol img").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        Assert.Empty(dialogs);
        Assert.Empty(violations);
        Assert.Empty(PageErrors);
    }

    /// <summary>60 lines of segments saved and deleted (leaving nothing behind), then maps: one named with markup, one deleted.</summary>
    private async Task<HttpResponseMessage> MakeHistoryAsync()
    {
        for (var i = 1; i <= 30; i++)
        {
            using var segment = await Api.Http.PostAsJsonAsync($"{Ws}/segments", new { name = $"Audit segment {i}", conditions = new { channels = new[] { "web" } } });
            segment.EnsureSuccessStatusCode();
            var id = (await segment.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            (await Api.Http.DeleteAsync($"{Ws}/segments/{id}")).EnsureSuccessStatusCode();
        }

        using var onboarding = await Api.Http.PostAsJsonAsync($"{Ws}/maps", new { name = "Onboarding (audit)" });
        await DeleteMapAsync(onboarding);
        var markup = await Api.Http.PostAsJsonAsync($"{Ws}/maps", new { name = Payload });
        return markup.EnsureSuccessStatusCode();
    }

    private async Task DeleteMapAsync(HttpResponseMessage created)
    {
        created.EnsureSuccessStatusCode();
        var mapId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"{Ws}/maps/{mapId}");
        delete.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(created.Headers.ETag!.Tag));
        (await Api.Http.SendAsync(delete)).EnsureSuccessStatusCode();
        created.Dispose();
    }
}
