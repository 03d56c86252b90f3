using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Core.Personas;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// The top bar at the narrow laptop sizes people run workshops on: with a long map name, personas and a save that
/// failed or met a conflict, no control overlaps another, none leaves the window, and the save state reads whole.
/// </summary>
public sealed class TopBarLayoutTests : BrowserTest
{
    private const string MapsPut = "**/api/workspaces/*/maps/*";

    public TopBarLayoutTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
        // These tests are about the whole-document autosave (its states, retries and conflicts).
        WholeDocumentSaves = true;
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1280, 720)]
    public async Task FailedSave_NarrowWindow_NothingInTheTopBarOverlaps(int width, int height)
    {
        var (page, _) = await OpenCrowdedMapAsync(width, height);
        await page.RouteAsync(MapsPut, async route =>
        {
            if (route.Request.Method == "PUT")
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 503, ContentType = "application/problem+json", Body = """{"title":"Service unavailable","status":503}""",
                });
                return;
            }

            await route.ContinueAsync();
        });

        await TypeIntoTextCellAsync(page, Cell(page, Actions, Compare), "Reads the reviews");
        await Expect(SaveStatus(page)).ToHaveAttributeAsync("data-state", "failed");
        await Expect(SaveStatus(page)).ToContainTextAsync("Couldn't save");
        await Expect(page.Locator("[data-testid=\"save-retry\"]")).ToBeVisibleAsync();

        await AssertNothingOverlapsAsync(page, width);
        if (width == 1366)
        {
            await ScreenshotAsync(page, "top-bar-save-failed-1366");
        }

        Assert.Empty(PageErrors);
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1280, 720)]
    public async Task Conflict_NarrowWindow_NothingInTheTopBarOverlaps(int width, int height)
    {
        var (page, mapId) = await OpenCrowdedMapAsync(width, height);
        var theirs = await NewPageAsync();
        await OpenMapByIdAsync(theirs, mapId);
        await EditAndWaitSavedAsync(theirs, () => TypeIntoTextCellAsync(theirs, Cell(theirs, Actions, Pay), "Saved in another tab"));

        await TypeIntoTextCellAsync(page, Cell(page, Actions, Compare), "Reads the reviews");
        var dialog = page.Locator("[data-testid=\"conflict-dialog\"]");
        await Expect(dialog).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(SaveStatus(page)).ToHaveTextAsync("Couldn't save");

        await AssertNothingOverlapsAsync(page, width);
        if (width == 1366)
        {
            await ScreenshotAsync(page, "top-bar-conflict-1366");
        }

        Assert.Empty(PageErrors);
    }

    /// <summary>A map with a long name and three personas (so the persona filter shows) opened at the given size.</summary>
    private async Task<(IPage Page, string MapId)> OpenCrowdedMapAsync(int width, int height)
    {
        var map = AcceptanceMap.Create($"Onboarding of enterprise trial customers across regions {Guid.NewGuid().ToString("N")[..4]}");
        map.Personas.AddRange(
        [
            new Persona { Id = "per-ana", Name = "Ana, operations lead" },
            new Persona { Id = "per-bo", Name = "Bo, finance" },
            new Persona { Id = "per-cy", Name = "Cy, IT admin" },
        ]);
        var id = await Api.CreateMapAsync(map);
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await OpenMapByIdAsync(page, id);
        return (page, id);
    }

    /// <summary>
    /// Every visible control and label of the top bar (the leaves of its two sides) sits inside the window, and no
    /// two of them overlap; the save state's words are not cut.
    /// </summary>
    private async Task AssertNothingOverlapsAsync(IPage page, int width)
    {
        var report = await page.EvaluateAsync<JsonElement>("""
            () => {
              const bar = document.querySelector('header');
              const parts = [];
              const walk = (el) => {
                for (const child of el.children) {
                  const style = getComputedStyle(child);
                  if (style.display === 'none' || style.visibility === 'hidden' || child.closest('[role="dialog"], dialog')) continue;
                  const leaf = child.matches('button, a, input, select, .badge, [role="status"], [role="group"][aria-label^="Personas"], span[class*="avatars"]');
                  if (leaf) {
                    const r = child.getBoundingClientRect();
                    if (r.width > 0 && r.height > 0) parts.push({ name: (child.getAttribute('aria-label') || child.textContent || child.tagName).trim().slice(0, 40), left: r.left, right: r.right, top: r.top, bottom: r.bottom });
                  } else walk(child);
                }
              };
              walk(bar);
              const overlaps = [];
              for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) {
                const a = parts[i], b = parts[j];
                const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (x > 0.5 && y > 0.5) overlaps.push(a.name + ' / ' + b.name + ' by ' + x.toFixed(1) + 'px');
              }
              const status = document.querySelector('[data-testid="save-status"]');
              return {
                parts: parts.map((p) => p.name + ' ' + p.left.toFixed(0) + '-' + p.right.toFixed(0)),
                overlaps,
                maxRight: Math.max(...parts.map((p) => p.right)),
                statusCut: status.scrollWidth > status.clientWidth + 1,
              };
            }
            """);
        Output.WriteLine($"{width} px: " + string.Join(" | ", report.GetProperty("parts").EnumerateArray().Select(p => p.GetString())));
        var overlaps = report.GetProperty("overlaps").EnumerateArray().Select(o => o.GetString()).ToList();
        Assert.True(overlaps.Count == 0, $"overlapping in the top bar at {width} px: " + string.Join("; ", overlaps));
        Assert.True(report.GetProperty("maxRight").GetDouble() <= width, $"a top bar control leaves the {width} px window");
        Assert.False(report.GetProperty("statusCut").GetBoolean(), "the save state's words are cut off");
    }
}
