using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Waymark.Browser.Tests;

/// <summary>Finding 3 in a real Chromium: the app works under its strict Content-Security-Policy and breaks none of it.</summary>
public sealed class ContentSecurityPolicyTests : BrowserTest
{
    // Registered in every document before its own scripts: each violation the browser reports, with what it blocked.
    private const string ReportViolations = """
        document.addEventListener('securitypolicyviolation', (e) => window.reportCspViolation(
          e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
        """;

    public ContentSecurityPolicyTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task App_LoadEditSaveAndBrowse_NoCspViolation()
    {
        var id = await CreateAcceptanceMapAsync("CSP");
        var page = await NewPageAsync();
        var violations = new ConcurrentQueue<string>();
        var reported = new ConcurrentQueue<string>();
        await page.ExposeFunctionAsync("reportCspViolation", (string violation) => violations.Enqueue(violation));
        await page.AddInitScriptAsync(ReportViolations);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                reported.Enqueue(message.Text);
            }
        };

        var home = await page.GotoAsync("/");
        await page.GetByText("Demo workspace").First.WaitForAsync();
        await OpenMapByIdAsync(page, id);
        await EditTextCellAsync(page, AcceptanceMap.Actions, AcceptanceMap.Compare, "Compares under a strict policy");
        var saved = await WaitForSavedAsync(id, m => TextAt(m) == "Compares under a strict policy");
        await page.ReloadAsync(); // a deep link: boot.js preloads the map
        await page.Locator(CompleteGridSelector).WaitForAsync();
        var preloaded = await page.EvaluateAsync<bool>("() => typeof window.__waymarkBoot === 'object'");
        foreach (var path in new[] { "/personas", "/data", "/templates" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        var csp = home!.Headers["content-security-policy"];
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.True(violations.IsEmpty, "CSP violations: " + string.Join("; ", violations));
        Assert.True(reported.IsEmpty, "CSP reports in the console: " + string.Join("; ", reported));
        Assert.True(preloaded, "boot.js did not run");
        Assert.Equal("Compares under a strict policy", TextAt(saved));
        Assert.Empty(PageErrors);
    }

    private static string? TextAt(Waymark.Core.Maps.JourneyMap map) =>
        map.Lanes.First(l => l.Id == AcceptanceMap.Actions).Cells.GetValueOrDefault(AcceptanceMap.Compare)?.Text;
}
