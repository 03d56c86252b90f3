using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Waymark.Browser.Tests;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) against WCAG 2.0 and 2.1, levels A and AA: contrast, labels, names of buttons
/// and links, ARIA use, the "bypass blocks" rule the skip link answers. Every violation comes back as one line that
/// names the screen, the rule, the element and what is wrong, so a failing run says what to fix and where.
/// </summary>
internal static class AxeCheck
{
    public static readonly string[] WcagAaTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The WCAG A/AA violations on the page (or inside <paramref name="scope"/>), one description each.</summary>
    public static async Task<List<string>> ViolationsAsync(IPage page, string screen, ILocator? scope = null)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagAaTags] },
            // Only the violations travel back from the page: passes and inapplicable rules would triple the JSON.
            ResultTypes = [ResultType.Violations],
        };
        var result = scope is null ? await page.RunAxe(options) : await scope.RunAxe(options);
        return Describe(screen, result);
    }

    /// <summary>
    /// axe's landmark rules (best practice, outside the WCAG tags): one main, one banner, top-level landmarks with
    /// names of their own, a level-one heading, and a way to bypass the repeated bars.
    /// </summary>
    public static async Task<List<string>> LandmarkViolationsAsync(IPage page, string screen)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions
            {
                Type = "rule",
                Values =
                [
                    "bypass", "landmark-one-main", "landmark-no-duplicate-banner", "landmark-no-duplicate-main", "landmark-unique",
                    "landmark-banner-is-top-level", "landmark-main-is-top-level", "landmark-complementary-is-top-level",
                    "page-has-heading-one",
                ],
            },
            ResultTypes = [ResultType.Violations],
        });
        return Describe(screen, result);
    }

    /// <summary>Fails with every violation listed when there is any.</summary>
    public static void AssertNone(string screen, IReadOnlyCollection<string> violations) =>
        Assert.True(violations.Count == 0, $"{screen}: {violations.Count} WCAG 2.1 A/AA violations:\n{string.Join("\n", violations)}");

    private static List<string> Describe(string screen, AxeResult result)
    {
        var list = new List<string>();
        foreach (var rule in result.Violations)
        {
            foreach (var node in rule.Nodes.Take(8))
            {
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                var why = string.Join("; ", checks.Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m)).Distinct(StringComparer.Ordinal));
                list.Add($"- [{screen}] {rule.Id} at `{node.Target}`: {rule.Help}. {why}");
            }

            if (rule.Nodes.Length > 8)
            {
                list.Add($"- [{screen}] {rule.Id}: {rule.Nodes.Length - 8} more elements");
            }
        }

        return list;
    }
}
