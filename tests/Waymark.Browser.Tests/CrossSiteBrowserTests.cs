using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Finding 2 in a real Chromium: a page on another site (http://evil.example:PORT, mapped to 127.0.0.1) tries every
/// simple cross-site request that planted data, and a page under a rebound name (http://evil.example:WAYMARKPORT)
/// tries to read the workspace and create an API key. Nothing changes, nothing is read.
/// </summary>
public sealed class CrossSiteBrowserTests : BrowserTest, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public CrossSiteBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium did not start.");

    private Uri Waymark => Fixture.Server.Address;

    [Fact]
    public async Task AttackerPage_EverySimpleCrossSiteRequest_RefusedAndNothingChanged()
    {
        var mapId = (await Api.MapsAsync())[0].Id;
        var mapJson = await Api.Http.GetStringAsync("/api/templates/saas-trial");
        var before = await SnapshotAsync();
        await using var attacker = await AttackerSite.StartAsync(AttackPage.Html(Waymark, WaymarkApi.DemoWorkspace, mapId, mapJson));
        var page = await NewAttackerContextPageAsync();
        var sent = new ConcurrentBag<IRequest>();
        var answered = new ConcurrentDictionary<IRequest, string>();
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url).Port == Waymark.Port)
            {
                sent.Add(request);
            }
        };
        page.RequestFinished += async (_, request) => answered[request] = (await request.ResponseAsync())?.Status.ToString(CultureInfo.InvariantCulture) ?? "?";
        page.RequestFailed += (_, request) => answered[request] = request.Failure ?? "failed";

        await page.GotoAsync(attacker.PageUrl);
        await page.WaitForFunctionAsync("() => document.title === 'done'");
        await WaitUntilAsync(() => sent.Where(r => r.Method == "POST").All(answered.ContainsKey) && sent.Count(r => r.Method == "POST") > AttackPage.ExpectedPosts);

        var posts = sent.Where(r => r.Method == "POST").Select(r => (r.Url, Outcome: answered.GetValueOrDefault(r, "no answer"), Headers: r.Headers)).ToArray();
        Output.WriteLine(string.Join("\n", posts.Select(p => $"POST {p.Url} -> {p.Outcome}")));
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(AttackPage.ExpectedPosts, posts.Count(p => !p.Headers.ContainsKey("x-waymark-client")));
        // The cors fetch with the client header: Chromium sent its preflight only, which Waymark does not approve.
        Assert.Equal("net::ERR_FAILED", Assert.Single(posts, p => p.Headers.ContainsKey("x-waymark-client")).Outcome);
        posts = [.. posts.Where(p => !p.Headers.ContainsKey("x-waymark-client"))];
        // A frame shows the 403; a no-cors fetch's answer is withheld from the page (Cross-Origin-Resource-Policy),
        // which Chromium reports as blocked by the response: either way the server answered and refused.
        Assert.All(posts, p => Assert.True(p.Outcome == "403" || p.Outcome.Contains("ERR_BLOCKED_BY_RESPONSE", StringComparison.Ordinal),
            $"{p.Url}: {p.Outcome}"));
    }

    [Fact]
    public async Task ReboundName_ReadsAndApiKeyCreation_RefusedAndNothingChanged()
    {
        var before = await SnapshotAsync();
        var page = await NewAttackerContextPageAsync();

        var opened = await page.GotoAsync($"http://{AttackerSite.Host}:{Waymark.Port}/");
        // Same-origin for the page now, so it may send any header: only the Host it sends gives it away.
        var answers = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const read = await fetch('/api/workspaces');
              const create = await fetch('/api/workspaces/demo/api-keys', {
                method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Waymark-Client': 'web' },
                body: JSON.stringify({ name: 'rebound' }) });
              return { read: read.status, readBody: await read.text(), create: create.status, createBody: await create.text() };
            }
            """);

        Assert.Equal(421, opened!.Status);
        Assert.Equal(421, answers.GetProperty("read").GetInt32());
        Assert.DoesNotContain("Demo workspace", answers.GetProperty("readBody").GetString(), StringComparison.Ordinal);
        Assert.Equal(421, answers.GetProperty("create").GetInt32());
        Assert.DoesNotContain("wmk_", answers.GetProperty("createBody").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Find(),
            Headless = true,
            // evil.example resolves to this machine, as a DNS rebinding attacker makes it; nothing else changes.
            Args = ["--disable-dev-shm-usage", $"--host-resolver-rules=MAP {AttackerSite.Host} 127.0.0.1"],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    private async Task<IPage> NewAttackerContextPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) => Output.WriteLine($"console {message.Type}: {message.Text} ({message.Location})");
        return page;
    }

    /// <summary>What any of the attempts could have changed in the demo workspace, read through the API.</summary>
    private async Task<string> SnapshotAsync()
    {
        const string Ws = "/api/workspaces/" + WaymarkApi.DemoWorkspace;
        var parts = new List<string>();
        foreach (var url in new[] { "/api/workspaces", $"{Ws}/maps", $"{Ws}/personas", $"{Ws}/segments", $"{Ws}/api-keys", $"{Ws}/events/summary", $"{Ws}/feedback/summary" })
        {
            parts.Add(url + " " + await Api.Http.GetStringAsync(url));
        }

        return string.Join("\n", parts);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }
}
