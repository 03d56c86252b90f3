using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Data.Entities;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The inbox, with real people on a server with accounts on: Mallory, a commenter whose display name is markup,
/// mentions Ben, a viewer; Ben finds it in his inbox and opens the thread, where the markup shows as text. (The
/// commenter-mentions-owner flow is <see cref="TeamBrowserTests"/>.)
/// </summary>
public sealed class CommentsInboxTests : BrowserTest, IClassFixture<AccountsServer>
{
    private const string Mallory = "<img src=x onerror=window.__pwned=1>Mallory \"javascript:alert(1)\"";
    private readonly AccountsServer _accounts;
    private readonly TeamPeople _people;

    public CommentsInboxTests(BrowserFixture fixture, AccountsServer accounts, ITestOutputHelper output)
        : base(fixture, output)
    {
        _accounts = accounts;
        _people = new TeamPeople(accounts.Server);
    }

    [Fact]
    public async Task Inbox_MentionByAnotherMember_ShownUnreadAndOpensTheThreadOnItsMap()
    {
        await _people.AddAsync("mallory@example.com", Mallory, MemberRoles.Commenter);
        var benId = await _people.AddAsync("ben@example.com", "Ben Stakeholder", MemberRoles.Viewer);
        var (mapId, stepName) = await MentionBenAsync($"@[Ben]({benId}) can you look at this step? " + CommentsTests.Hostile);
        var page = await NewPageAsync(_accounts.Server.Address);
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await _people.SignInAsync(page, "ben@example.com", TeamPeople.Password, "Ben Stakeholder");

        await page.GotoAsync(_people.Url("/"));
        await Expect(page.GetByTestId("inbox-unread")).ToHaveTextAsync("1");
        await page.GetByTestId("inbox-button").ClickAsync();
        var item = page.GetByTestId("inbox-item");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item).ToContainTextAsync($"{Mallory} mentioned you");
        await Expect(item).ToContainTextAsync($"Step · {stepName}");
        await ScreenshotAsync(page, "comment-inbox");
        Assert.Empty(await AccessibilityTests.RunAxeAsync(page, "[data-testid=\"inbox\"]"));
        await item.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/maps/{mapId}$"));
        var thread = page.GetByTestId("comment-thread");
        await Expect(thread.GetByTestId("comment-body")).ToHaveTextAsync("@Ben Stakeholder can you look at this step? " + CommentsTests.Hostile);
        await Expect(thread).ToContainTextAsync(Mallory);
        await Expect(page.GetByTestId("inbox-unread")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("comments-panel").GetByTestId("comment-composer")).ToHaveCountAsync(0); // a viewer reads
        Assert.Equal(0, await page.Locator("[data-testid=\"comments-panel\"] img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, dialogs);
        Assert.Empty(PageErrors);
    }

    /// <summary>Mallory starts a thread on the first step of a demo map; the map's id and the step's name.</summary>
    private async Task<(string MapId, string StepName)> MentionBenAsync(string body)
    {
        using var http = await _people.ClientAsync("mallory@example.com");
        var mapId = await _people.MapIdAsync(0);
        var map = await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/demo/maps/{mapId}");
        var step = map.GetProperty("stages")[0].GetProperty("steps")[0];
        using var response = await http.PostAsJsonAsync($"/api/workspaces/demo/maps/{mapId}/threads",
            new { anchor = new { kind = "step", stepId = step.GetProperty("id").GetString() }, body });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (mapId, step.GetProperty("name").GetString()!);
    }
}
