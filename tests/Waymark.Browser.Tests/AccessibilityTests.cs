using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Testing;
using Xunit.Abstractions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Every screen checked with axe-core (from web/node_modules, installed by npm) against WCAG 2 A and AA: contrast,
/// labels, names of buttons and links, ARIA use. A violation fails the test with what and where.
/// </summary>
public sealed class AccessibilityTests : BrowserTest
{
    public AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    public static TheoryData<string> Screens => new() { "home", "templates", "personas", "persona", "map", "map-panel" };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Screen_CheckedWithAxe_HasNoWcagAaViolations(string screen)
    {
        var page = await NewPageAsync();
        await OpenScreenAsync(page, screen);

        var violations = await RunAxeAsync(page);

        Assert.True(violations.Count == 0, $"{screen}: {violations.Count} WCAG A/AA violations:\n{string.Join("\n", violations)}");
        Assert.Empty(PageErrors);
    }

    private async Task OpenScreenAsync(IPage page, string screen)
    {
        switch (screen)
        {
            case "home":
                await page.GotoAsync("/");
                await page.Locator("[data-testid=map-card]").First.WaitForAsync();
                break;
            case "templates":
                await page.GotoAsync("/templates");
                await page.Locator("[data-testid=template-card]").First.WaitForAsync();
                break;
            case "personas":
                await page.GotoAsync("/personas");
                await page.Locator("[data-testid=persona-card]").First.WaitForAsync();
                break;
            case "persona":
                await page.GotoAsync($"/personas/{(await Api.PersonaIdsAsync())[0]}");
                await page.Locator("[data-testid=persona-name]").WaitForAsync();
                break;
            case "map":
                await OpenMapAsync(page, "B2B business bank account opening");
                break;
            case "map-panel":
                await OpenMapAsync(page, "Service blueprint: click and collect");
                await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("Scope") }).First.ClickAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(screen), screen, "unknown screen");
        }
    }

    /// <summary>Runs axe on the page, or only on the element <paramref name="selector"/> finds (a panel under test).</summary>
    internal static async Task<List<string>> RunAxeAsync(IPage page, string? selector = null)
    {
        var axe = RepoPaths.Combine("web", "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), $"axe-core is missing at {axe}: run `npm ci` in web/ (test.sh does).");
        // Evaluated through the DevTools protocol, not added as a <script>: the app's CSP runs no inline script.
        await page.EvaluateAsync(await File.ReadAllTextAsync(axe) + "\n;true");
        var json = await page.EvaluateAsync<string>("""
            async (selector) => {
              const r = await axe.run(selector ? document.querySelector(selector) : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(r.violations.map(v => ({
                id: v.id, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' | ' + (n.failureSummary || '').replace(/\s+/g, ' ')),
                count: v.nodes.length })));
            }
            """, selector);
        var list = new List<string>();
        foreach (var v in JsonDocument.Parse(json).RootElement.EnumerateArray())
        {
            var text = new StringBuilder($"- {v.GetProperty("id").GetString()} ({v.GetProperty("count").GetInt32()}): {v.GetProperty("help").GetString()}");
            foreach (var node in v.GetProperty("nodes").EnumerateArray())
            {
                text.Append("\n    ").Append(node.GetString());
            }

            list.Add(text.ToString());
        }

        return list;
    }
}
