using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Waymark.Browser.Tests;

/// <summary>Finding 3 in a real Chromium: the app works under its strict Content-Security-Policy and breaks none of it.</summary>
public sealed class ContentSecurityPolicyTests : BrowserTest
{
    // Registered before any page script: every violation the browser reports, with what it blocked.
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation',
          (e) => window.__cspViolations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
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
        var reported = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                reported.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync(RecordViolations);

        var home = await page.GotoAsync("/");
        await page.GetByText("Demo workspace").First.WaitForAsync();
        await OpenMapByIdAsync(page, id);
        await EditTextCellAsync(page, AcceptanceMap.Actions, AcceptanceMap.Compare, "Compares under a strict policy");
        var saved = await WaitForSavedAsync(id, m => m.Lanes.First(l => l.Id == AcceptanceMap.Actions).Cells.GetValueOrDefault(AcceptanceMap.Compare)?.Text == "Compares under a strict policy");
        await page.ReloadAsync(); // a deep link: boot.js preloads the map
        await page.Locator(CompleteGridSelector).WaitForAsync();
        var preloaded = await page.EvaluateAsync<bool>("() => typeof window.__waymarkBoot === 'object'");
        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        foreach (var path in new[] { "/personas", "/data", "/templates" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            violations = [.. violations, .. await page.EvaluateAsync<string[]>("() => window.__cspViolations")];
        }

        var csp = home!.Headers["content-security-policy"];
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("Compares under a strict policy", saved.Lanes.First(l => l.Id == AcceptanceMap.Actions).Cells[AcceptanceMap.Compare].Text);
        Assert.True(preloaded, "boot.js did not run");
        Assert.True(violations.Length == 0, "CSP violations: " + string.Join("; ", violations));
        Assert.True(reported.Count == 0, "CSP reports in the console: " + string.Join("; ", reported));
        Assert.Empty(PageErrors);
    }
}
