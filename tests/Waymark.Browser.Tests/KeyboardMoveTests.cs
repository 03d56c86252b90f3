using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// Alt+Left and Alt+Right on a step's title move it like the step menu's "Move left" and "Move right": past the edge
/// of its stage into the neighbouring one, with focus staying on the moved step so the next press moves it on.
/// </summary>
public sealed class KeyboardMoveTests : BrowserTest
{
    public KeyboardMoveTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task AltLeft_FirstStepOfAStage_MovesItToTheEndOfThePreviousStage()
    {
        var (page, mapId) = await OpenFreshMapAsync("Alt left");
        var header = StepHeader(page, Checkout);
        await header.FocusAsync();

        await EditAndWaitSavedAsync(page, () => page.Keyboard.PressAsync("Alt+ArrowLeft"));

        Assert.Equal([Search, Compare, Checkout, Pay], await StepOrderAsync(page));
        Assert.True(await IsDrawnUnderStageAsync(page, Checkout, Discover), "the step should now be drawn under the Discover stage");
        await Expect(StepHeader(page, Checkout)).ToBeFocusedAsync();
        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal([Search, Compare, Checkout], stored.Stages.Single(s => s.Id == Discover).Steps.Select(s => s.Id));
        Assert.Equal([Pay], stored.Stages.Single(s => s.Id == Buy).Steps.Select(s => s.Id));

        // Focus stayed on the moved step: the next press moves it again, within its new stage.
        await EditAndWaitSavedAsync(page, () => page.Keyboard.PressAsync("Alt+ArrowLeft"));
        Assert.Equal([Search, Checkout, Compare, Pay], await StepOrderAsync(page));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task AltRight_LastStepOfAStage_MovesItToTheStartOfTheNextStage()
    {
        var (page, mapId) = await OpenFreshMapAsync("Alt right");
        await StepHeader(page, Compare).FocusAsync();

        await EditAndWaitSavedAsync(page, () => page.Keyboard.PressAsync("Alt+ArrowRight"));

        Assert.True(await IsDrawnUnderStageAsync(page, Compare, Buy), "the step should now be drawn under the Buy stage");
        await Expect(StepHeader(page, Compare)).ToBeFocusedAsync();
        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal([Compare, Checkout, Pay], stored.Stages.Single(s => s.Id == Buy).Steps.Select(s => s.Id));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task AltLeft_OnACellOfTheFirstStepOfAStage_MovesItsStepIntoThePreviousStage()
    {
        var (page, mapId) = await OpenFreshMapAsync("Alt left cell");
        await FocusCellAsync(Cell(page, Actions, Checkout));

        await EditAndWaitSavedAsync(page, () => page.Keyboard.PressAsync("Alt+ArrowLeft"));

        Assert.True(await IsDrawnUnderStageAsync(page, Checkout, Discover), "the step should now be drawn under the Discover stage");
        await Expect(Cell(page, Actions, Checkout)).ToBeFocusedAsync();
        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal([Search, Compare, Checkout], stored.Stages.Single(s => s.Id == Discover).Steps.Select(s => s.Id));

        // Alt+Down moves the cell's lane; focus stays on the same cell.
        await EditAndWaitSavedAsync(page, () => page.Keyboard.PressAsync("Alt+ArrowDown"));
        await Expect(Cell(page, Actions, Checkout)).ToBeFocusedAsync();
        Assert.Equal([Emotions, Actions, Pains, Ideas], (await Api.GetMapAsync(mapId)).Lanes.Select(l => l.Id));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task AltLeft_AfterTheStepMenusMoveLeft_MovesTheStepOnAcrossTheStage()
    {
        var (page, mapId) = await OpenFreshMapAsync("Menu then keys");
        var trigger = StepHeader(page, Pay).Locator("[data-testid=\"step-menu\"]");
        await trigger.ClickAsync();
        await EditAndWaitSavedAsync(page, () => page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Move left" }).ClickAsync());
        Assert.Equal([Search, Compare, Pay, Checkout], await StepOrderAsync(page));

        // Focus is back on the step's menu button: the keys go on from there, into the previous stage.
        await EditAndWaitSavedAsync(page, () => page.Keyboard.PressAsync("Alt+ArrowLeft"));

        Assert.True(await IsDrawnUnderStageAsync(page, Pay, Discover), "the step should now be drawn under the Discover stage");
        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal([Search, Compare, Pay], stored.Stages.Single(s => s.Id == Discover).Steps.Select(s => s.Id));
        Assert.Empty(PageErrors);
    }
}
