using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Web security with a real session in a real Chromium: a signed-in owner opens another site's page, whose form posts
/// and credentialed fetches change nothing and whose cross-origin reads see nothing; and markup typed into every text
/// a person can enter stays text on every page that shows it.
/// </summary>
public sealed partial class SessionSecurityBrowserTests : BrowserTest, IClassFixture<SecurityServer>, IAsyncLifetime
{
    private readonly SecurityServer _security;
    private IPlaywright? _playwright;
    private IBrowser? _attackBrowser;

    public SessionSecurityBrowserTests(BrowserFixture fixture, SecurityServer security, ITestOutputHelper output)
        : base(fixture, output)
    {
        _security = security;
    }

    private Uri Waymark => _security.Server.Address;

    private static string Ws => $"/api/workspaces/{SecurityServer.Ws}";

    [Fact]
    public async Task AttackerPage_SignedInOwner_CrossSitePostsAndFetchesChangeAndReadNothing()
    {
        using var api = await _security.SignInAsync();
        var mapId = await CreateMapAsync(api, "Guarded");
        var before = await SnapshotAsync(api, mapId);
        var context = await _attackBrowser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await SignInThroughThePageAsync(page);
        await using var attacker = await AttackerSite.StartAsync(
            SessionAttackPage.Html(Waymark, SecurityServer.Ws, mapId, _security.EditorId, SecurityServer.Password));

        // evil.example is another site: the Lax session cookie stays home. 127.0.0.1 on another port is the same site
        // (another service on this host, or a sibling subdomain): the browser sends the cookie, and Waymark's own checks
        // (fetch metadata, Origin, client header, antiforgery token) must refuse.
        var changes = new System.Collections.Concurrent.ConcurrentQueue<IRequest>();
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url).Port == Waymark.Port && request.Method is not ("GET" or "OPTIONS"))
            {
                changes.Enqueue(request);
            }
        };
        foreach (var url in new[] { attacker.PageUrl, $"http://127.0.0.1:{attacker.Port}/attack" })
        {
            await page.GotoAsync(url);
            await page.WaitForFunctionAsync("() => document.title === 'done'", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
            var results = await page.EvaluateAsync<string[][]>("() => window.results.map((r) => Array.isArray(r) ? r : [r])");
            Output.WriteLine(url + "\n" + string.Join("\n", results.Select(r => string.Join(" | ", r))));

            Assert.Equal(before, await SnapshotAsync(api, mapId));
            // The cors fetch stops at its preflight; the no-cors one is sent but its answer withheld (or, for PUT, never allowed).
            Assert.All(results[..6], r => Assert.True(r[0] == "blocked" && r[1] is "blocked" or "opaque opaque", string.Join(" | ", r)));
            Assert.All(results[6..], r => Assert.Equal("blocked", Assert.Single(r)));
        }

        var cookieSent = new List<string>();
        foreach (var request in changes)
        {
            var headers = await request.AllHeadersAsync();
            if (headers.TryGetValue("cookie", out var cookie) && cookie.Contains("waymark_session", StringComparison.Ordinal))
            {
                cookieSent.Add(request.Method + " " + request.Url);
            }
        }

        Output.WriteLine($"{changes.Count} changes sent, these with the session cookie:\n" + string.Join("\n", cookieSent));
        Assert.NotEmpty(cookieSent);
        // Neither sign-out-everywhere nor the password change happened: the page's session and the password still work.
        await page.GotoAsync(new Uri(Waymark, "/").ToString());
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Account: " + SecurityServer.OwnerName })).ToBeVisibleAsync();
        (await _security.SignInAsync()).Dispose();
        await context.CloseAsync();
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _attackBrowser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Find(),
            Headless = true,
            Args = ["--disable-dev-shm-usage", $"--host-resolver-rules=MAP {AttackerSite.Host} 127.0.0.1"],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_attackBrowser is not null)
        {
            await _attackBrowser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    private async Task SignInThroughThePageAsync(IPage page)
    {
        await page.GotoAsync(new Uri(Waymark, "/signin").ToString());
        await page.GetByLabel("Email").FillAsync(SecurityServer.OwnerEmail);
        await page.GetByLabel("Password").FillAsync(SecurityServer.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Account: " + SecurityServer.OwnerName })).ToBeVisibleAsync();
    }

    private static async Task<string> CreateMapAsync(HttpClient api, string name)
    {
        using var created = await api.PostAsJsonAsync($"{Ws}/maps", new { name, kind = "currentState" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>What the attack could have changed, read through the API: maps, members and roles, invitations, links.</summary>
    private static async Task<string> SnapshotAsync(HttpClient api, string mapId)
    {
        var parts = new List<string>();
        foreach (var url in new[] { "/api/workspaces", $"{Ws}/maps", $"{Ws}/members", $"{Ws}/invitations", $"{Ws}/maps/{mapId}/share-links" })
        {
            parts.Add(url + " " + await api.GetStringAsync(url));
        }

        return string.Join("\n", parts);
    }
}
