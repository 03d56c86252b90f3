using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The inbox, with people: a server of its own whose callers are <see cref="TestCallers"/> (chosen per browser context
/// by a header, until accounts exist), so one member can mention another. Mallory's display name is markup; it must
/// show as text wherever it appears.
/// </summary>
public sealed class CommentsInboxTests : BrowserTest, IAsyncLifetime
{
    private LiveWaymarkServer? _server;

    public CommentsInboxTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    private LiveWaymarkServer Server => _server ?? throw new InvalidOperationException("The server did not start.");

    public new async Task InitializeAsync() =>
        _server = await LiveWaymarkServer.StartAsync(TestCallers.Register, "--Database:Provider=Sqlite", "--Demo:Seed=true",
            $"--Spa:Root={WaymarkTestServer.WebDist}");

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Inbox_MentionByAnotherMember_ShownUnreadAndOpensTheThreadOnItsMap()
    {
        var (mapId, stepName) = await MentionBenAsync("@[Ben](u_ben) can you look at this step? " + CommentsTests.Hostile);
        var page = await PageAsAsync("u_ben");
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        var mallory = TestCallers.Members.Single(m => m.UserId == "u_mallory").DisplayName;

        await page.GotoAsync("/");
        await Expect(page.Locator("[data-testid=\"inbox-unread\"]")).ToHaveTextAsync("1");
        await page.Locator("[data-testid=\"inbox-button\"]").ClickAsync();
        var item = page.Locator("[data-testid=\"inbox-item\"]");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item).ToContainTextAsync($"{mallory} mentioned you");
        await Expect(item).ToContainTextAsync($"Step · {stepName}");
        await ScreenshotAsync(page, "comment-inbox");
        Assert.Empty(await AccessibilityTests.RunAxeAsync(page, "[data-testid=\"inbox\"]"));
        await item.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/maps/{mapId}$"));
        var thread = page.Locator("[data-testid=\"comment-thread\"]");
        await Expect(thread.Locator("[data-testid=\"comment-body\"]")).ToHaveTextAsync("@Ben Stakeholder can you look at this step? " + CommentsTests.Hostile);
        await Expect(thread).ToContainTextAsync(mallory);
        await Expect(page.Locator("[data-testid=\"inbox-unread\"]")).ToHaveCountAsync(0);
        Assert.Equal(0, await page.Locator("[data-testid=\"comments-panel\"] img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, dialogs);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Mention_PickedFromTheListByACommenter_OwnerFindsItInTheInboxAndResolvesIt()
    {
        var mapId = await FirstMapIdAsync();
        var ana = await PageAsAsync("u_ana");
        await ana.GotoAsync($"/maps/{mapId}");
        await ana.Locator("[data-testid=\"toggle-comments\"]").ClickAsync();
        var composer = ana.Locator("[data-testid=\"comment-composer\"]");

        await composer.PressSequentiallyAsync("Please check this, @Ol");
        await Expect(ana.Locator("[data-testid=\"mention-list\"]")).ToContainTextAsync("Olga Owner");
        await composer.PressAsync("Enter");
        await Expect(composer).ToHaveValueAsync("Please check this, @Olga Owner ");
        await composer.PressSequentiallyAsync("before Thursday");
        await composer.PressAsync("Enter");
        await Expect(ana.Locator("[data-testid=\"comment-thread\"] [data-testid=\"comment-body\"]"))
            .ToHaveTextAsync("Please check this, @Olga Owner before Thursday");

        var olga = await PageAsAsync("u_olga");
        await olga.GotoAsync("/");
        await Expect(olga.Locator("[data-testid=\"inbox-unread\"]")).ToHaveTextAsync("1");
        await olga.Locator("[data-testid=\"inbox-button\"]").ClickAsync();
        await Expect(olga.Locator("[data-testid=\"inbox-item\"]")).ToContainTextAsync("Ana Researcher mentioned you");
        await olga.Locator("[data-testid=\"inbox-item\"]").ClickAsync();
        await olga.Locator("[data-testid=\"resolve-thread\"]").ClickAsync();
        await Expect(olga.Locator("[data-testid=\"comment-thread\"]")).ToContainTextAsync("Resolved by Olga Owner");
        Assert.Empty(PageErrors);
    }

    private async Task<string> FirstMapIdAsync()
    {
        using var http = WaymarkHttp.Client(Server.Address);
        var maps = await http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/maps");
        return maps[1].GetProperty("id").GetString()!;
    }

    /// <summary>Mallory starts a thread on the first step of a demo map; the map's id and the step's name.</summary>
    private async Task<(string MapId, string StepName)> MentionBenAsync(string body)
    {
        using var http = WaymarkHttp.Client(Server.Address);
        http.DefaultRequestHeaders.Add(TestCallers.Header, "u_mallory");
        var maps = await http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/maps");
        var mapId = maps[0].GetProperty("id").GetString()!;
        var map = await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/demo/maps/{mapId}");
        var step = map.GetProperty("stages")[0].GetProperty("steps")[0];
        using var response = await http.PostAsJsonAsync($"/api/workspaces/demo/maps/{mapId}/threads",
            new { anchor = new { kind = "step", stepId = step.GetProperty("id").GetString() }, body });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (mapId, step.GetProperty("name").GetString()!);
    }

    private Task<IPage> PageAsAsync(string userId) =>
        NewPageAsync(Server.Address, new Dictionary<string, string> { [TestCallers.Header] = userId });
}
