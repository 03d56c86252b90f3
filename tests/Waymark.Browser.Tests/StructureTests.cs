using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>Structure edits without a mouse drag: a step moved by its menu from the keyboard, a lane added by its dialog.</summary>
public sealed class StructureTests : BrowserTest
{
    public StructureTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task StepMenu_MoveRightFromTheKeyboard_MovesTheStepIntoTheNextStage()
    {
        var (page, mapId) = await OpenFreshMapAsync("Step menu");
        var trigger = StepHeader(page, Compare).Locator("[data-testid=\"step-menu\"]");

        await EditAndWaitSavedAsync(page, async () =>
        {
            await trigger.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            var moveRight = page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Move right" });
            await Expect(page.GetByRole(AriaRole.Menuitem).First).ToBeFocusedAsync();
            // Down through the menu, however many items come before "Move right" (the menu grows with features).
            var items = await page.GetByRole(AriaRole.Menuitem).CountAsync();
            for (var i = 0; i < items && !await moveRight.EvaluateAsync<bool>("el => el === document.activeElement"); i++)
            {
                await page.Keyboard.PressAsync("ArrowDown");
            }

            await Expect(moveRight).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");
        });

        await Expect(page.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);
        Assert.Equal([Search, Compare, Checkout, Pay], await StepOrderAsync(page));
        Assert.True(await IsDrawnUnderStageAsync(page, Compare, Buy), "the step should now be drawn under the Buy stage");
        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal([Compare, Checkout, Pay], stored.Stages.Single(s => s.Id == Buy).Steps.Select(s => s.Id));
        Assert.Equal([Search], stored.Stages.Single(s => s.Id == Discover).Steps.Select(s => s.Id));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task AddedMomentsOfTruthLane_StarClicked_MarksTheStepAndIsStored()
    {
        var (page, mapId) = await OpenFreshMapAsync("Moments of truth");
        const string title = "Decisive moments";

        await page.Locator("[data-testid=\"add-lane\"]").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { Name = "Add a lane" });
        await dialog.Locator("[data-kind=\"momentsOfTruth\"]").ClickAsync();
        await dialog.GetByLabel("Title").FillAsync(title);
        await EditAndWaitSavedAsync(page, () => dialog.Locator("[data-testid=\"add-lane-confirm\"]").ClickAsync());
        var header = page.Locator("[data-testid=\"lane-header\"]").Filter(new LocatorFilterOptions { HasText = title });
        await Expect(header).ToHaveCountAsync(1);
        var laneId = await header.GetAttributeAsync("data-lane-id");
        Assert.NotNull(laneId);

        var star = Cell(page, laneId, Checkout).Locator("[data-testid=\"mot-toggle\"]");
        await Expect(star).ToHaveAttributeAsync("aria-pressed", "false");
        await EditAndWaitSavedAsync(page, () => star.ClickAsync());

        await Expect(star).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(StepHeader(page, Checkout).GetByRole(AriaRole.Img, new LocatorGetByRoleOptions { Name = "Moment of truth" })).ToBeVisibleAsync();
        await Expect(StepHeader(page, Pay).GetByRole(AriaRole.Img, new LocatorGetByRoleOptions { Name = "Moment of truth" })).ToHaveCountAsync(0);
        await Expect(Cell(page, Actions, Checkout)).ToHaveClassAsync(new Regex("truth")); // the whole column is highlighted
        await Expect(Cell(page, Actions, Pay)).Not.ToHaveClassAsync(new Regex("truth"));
        var lane = (await Api.GetMapAsync(mapId)).Lanes.Single(l => l.Id == laneId);
        Assert.Equal(LaneKind.MomentsOfTruth, lane.Kind);
        Assert.Equal(title, lane.Title);
        Assert.NotNull(lane.Cells.GetValueOrDefault(Checkout)?.MomentOfTruth);
        Assert.Null(lane.Cells.GetValueOrDefault(Pay)?.MomentOfTruth);
        Assert.Empty(PageErrors);
    }
}
