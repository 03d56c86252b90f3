using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>How a map is viewed: zoom, fit to width and the persona filter on a multi-persona map.</summary>
public sealed class ViewTests : BrowserTest
{
    private const string TwoPersonaMap = "B2B business bank account opening";

    public ViewTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task Zoom_HalfAndFitToWidth_ScalesTheColumns()
    {
        var page = await NewPageAsync();
        await OpenMapAsync(page, TwoPersonaMap);
        var firstStep = page.Locator("[data-testid=\"step-header\"]").First;
        var full = (await firstStep.BoundingBoxAsync())!.Width;

        await page.Locator("[data-testid=\"zoom-level\"]").SelectOptionAsync("0.5");
        await Expect(page.Locator("[data-testid=\"zoom-level\"]")).ToHaveValueAsync("0.5");
        var half = (await firstStep.BoundingBoxAsync())!.Width;

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Fit to width" }).ClickAsync();
        var lastStep = page.Locator("[data-testid=\"step-header\"]").Last;
        var lastBox = (await lastStep.BoundingBoxAsync())!;

        Assert.InRange(half / full, 0.45, 0.55);
        Assert.True(lastBox.X + lastBox.Width <= 1366, $"after fit to width the last step ends at {lastBox.X + lastBox.Width} px, beyond the 1366 px window");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task PersonaFilter_OnePersona_HidesTheOtherPersonasLanes()
    {
        var page = await NewPageAsync();
        var mapId = await OpenMapAsync(page, TwoPersonaMap);
        var map = await Api.GetMapAsync(mapId);
        var tom = map.Personas.Single(p => p.Name.StartsWith("Tom", StringComparison.Ordinal));
        var others = map.Lanes.Where(l => l.PersonaId is not null && l.PersonaId != tom.Id).Select(l => l.Id).ToList();
        var lanes = page.Locator("[data-testid=\"lane-header\"]");
        var before = await lanes.CountAsync();

        await page.Locator("[data-testid=\"persona-filter\"]").SelectOptionAsync(tom.Id);

        await Expect(lanes).ToHaveCountAsync(before - others.Count);
        foreach (var id in others)
        {
            await Expect(page.Locator($"[data-testid=\"lane-header\"][data-lane-id=\"{id}\"]")).ToHaveCountAsync(0);
        }

        Assert.NotEmpty(others);
        Assert.Empty(PageErrors);
    }
}
