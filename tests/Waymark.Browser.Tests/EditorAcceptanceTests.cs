using System.Globalization;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using Waymark.Core.Templates;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// The acceptance list of the editor issue, each driven like a person would (clicks, keys, real mouse drags) and
/// checked twice: what the page shows, and what the server stored.
/// </summary>
[Collection(BrowserCollection.Second)]
public sealed class EditorAcceptanceTests : BrowserTest
{
    private const string ImagePayload = "<img src=x onerror=alert(2)>";

    public EditorAcceptanceTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task TemplateGallery_UseThisTemplate_OpensANewMapWithTheTemplateStages()
    {
        var template = TemplateLibrary.Find("restaurant-visit") ?? TemplateLibrary.All[0];
        var expected = template.Create();
        var before = (await Api.MapsAsync()).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var page = await NewPageAsync();

        // The gallery settles (every miniature loaded) before the click, as a person would see it.
        await page.GotoAsync("/templates", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var card = page.Locator($"[data-testid=\"template-card\"][data-template-id=\"{template.Id}\"]");
        var created = await page.RunAndWaitForResponseAsync(
            () => card.Locator("[data-testid=\"use-template\"]").ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/maps", StringComparison.Ordinal));
        Assert.Equal(201, created.Status);
        // The app moves there with pushState; polling the URL cannot lose the race a navigation wait can.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/maps/[^/]+$"));
        await page.Locator(CompleteGridSelector).WaitForAsync();

        var mapId = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        Assert.DoesNotContain(mapId, before);
        await Expect(page.Locator("[data-testid=\"stage-header\"] h2"))
            .ToHaveTextAsync(expected.Stages.Select(s => s.Name).ToArray());
        await Expect(page.Locator("[data-testid=\"step-header\"]")).ToHaveCountAsync(expected.StepCount());
        await Expect(page.Locator("[data-testid=\"map-name\"]")).ToHaveValueAsync(expected.Name);

        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal(expected.Stages.Select(s => s.Name), stored.Stages.Select(s => s.Name));
        Assert.Equal(expected.Lanes.Select(l => l.Kind), stored.Lanes.Select(l => l.Kind));
        Assert.Contains(await Api.MapsAsync(), m => m.Id == mapId);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task TextCell_TypedAndSaved_ShowsAfterReload()
    {
        var (page, mapId) = await OpenFreshMapAsync("Edit text");
        var cell = Cell(page, Actions, Compare);
        const string text = "Reads three reviews, then asks a friend";

        await EditAndWaitSavedAsync(page, () => TypeIntoTextCellAsync(page, cell, text));
        await Expect(CellText(cell)).ToHaveTextAsync(text);

        await page.ReloadAsync();
        await page.Locator(CompleteGridSelector).WaitForAsync();
        await Expect(CellText(Cell(page, Actions, Compare))).ToHaveTextAsync(text);
        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal(text, CellOf(stored, Actions, Compare)?.Text);
        Assert.Equal(SearchText, CellOf(stored, Actions, Search)?.Text);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task AddedStep_DraggedIntoAnotherStage_MovesThereOnScreenAndInTheStoredMap()
    {
        var (page, mapId) = await OpenFreshMapAsync("Drag step");
        const string name = "Reads the returns policy";

        await page.Locator($"[data-testid=\"add-step\"][data-stage-id=\"{Discover}\"]").ClickAsync();
        var rename = page.GetByLabel("Step name");
        await Expect(rename).ToBeFocusedAsync();
        await rename.FillAsync(name);
        await rename.PressAsync("Enter");
        var added = page.Locator("[data-testid=\"step-header\"]").Filter(new LocatorFilterOptions { HasText = name });
        await Expect(added).ToHaveCountAsync(1);
        var stepId = await added.GetAttributeAsync("data-step-id");
        Assert.NotNull(stepId);
        Assert.Equal([Search, Compare, stepId, Checkout, Pay], await StepOrderAsync(page));
        Assert.True(await IsDrawnUnderStageAsync(page, stepId, Discover));

        // A real drag: press on the new step's header, move in small steps onto the "Pays" header's right half, release.
        await EditAndWaitSavedAsync(page, async () =>
        {
            await DragAsync(page, StepHeader(page, stepId), StepHeader(page, Pay), targetXFraction: 0.8f);
            await Expect(StepHeader(page, stepId)).ToHaveCountAsync(1);
            Assert.Equal([Search, Compare, Checkout, Pay, stepId], await StepOrderAsync(page));
        });

        Assert.True(await IsDrawnUnderStageAsync(page, stepId, Buy), "the dragged step should be drawn under the Buy stage");
        await Expect(StepHeader(page, stepId)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(name));
        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal(Buy, StageOf(stored, stepId)?.Id);
        Assert.Equal([Checkout, Pay, stepId], stored.Stages.Single(s => s.Id == Buy).Steps.Select(s => s.Id));
        Assert.Equal([Search, Compare], stored.Stages.Single(s => s.Id == Discover).Steps.Select(s => s.Id));
        Assert.Equal(name, stored.AllSteps().Single(s => s.Id == stepId).Name);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task EmotionPoint_DraggedUp_KeepsItsNewScoreAfterReload()
    {
        var (page, mapId) = await OpenFreshMapAsync("Drag emotion");
        var point = EmotionPoint(page, Compare);
        await Expect(point).ToHaveAttributeAsync("data-score", Scores[Compare].ToString(CultureInfo.InvariantCulture));
        var row = page.Locator($"[data-testid=\"cell-{Emotions}\"] svg").First;
        var rowBox = await row.BoundingBoxAsync();
        Assert.NotNull(rowBox);

        // Drag the face to the very top of the curve's band: the score snaps to the scale's maximum (+2).
        await EditAndWaitSavedAsync(page, async () =>
        {
            var box = await point.BoundingBoxAsync();
            Assert.NotNull(box);
            await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(box.X + (box.Width / 2), rowBox.Y + 8, new MouseMoveOptions { Steps = 8 });
            await page.Mouse.UpAsync();
            await Expect(point).ToHaveAttributeAsync("data-score", "2");
        });

        await Expect(point).ToHaveAttributeAsync("aria-valuenow", "2");
        await page.ReloadAsync();
        await page.Locator(CompleteGridSelector).WaitForAsync();
        await Expect(EmotionPoint(page, Compare)).ToHaveAttributeAsync("data-score", "2");
        await Expect(EmotionPoint(page, Search)).ToHaveAttributeAsync("data-score", "0");
        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal(2, CellOf(stored, Emotions, Compare)!.Emotions.Single().Score);
        Assert.Equal(Scores[Search], CellOf(stored, Emotions, Search)!.Emotions.Single().Score);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task PainPoint_AddedWithImpact_ShowsItsBadgeAndIsStored()
    {
        var (page, mapId) = await OpenFreshMapAsync("Pain point");
        var cell = Cell(page, Pains, Checkout);
        const string text = "Delivery cost appears only at the last step";

        await EditAndWaitSavedAsync(page, async () =>
        {
            await FocusCellAsync(cell);
            await page.Keyboard.PressAsync("Enter");
            await cell.Locator("[data-testid=\"add-pain-point\"]").ClickAsync();
            var box = cell.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Pain point 1" });
            await Expect(box).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync(text);
            await cell.GetByRole(AriaRole.Combobox, new LocatorGetByRoleOptions { Name = "Impact" }).SelectOptionAsync("abandons");
            await cell.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Done" }).ClickAsync();
        });

        var shown = cell.Locator("[data-testid=\"pain-point\"]");
        await Expect(shown).ToHaveCountAsync(1);
        await Expect(shown).ToHaveAttributeAsync("data-impact", "abandons");
        await Expect(shown.Locator("p")).ToHaveTextAsync(text);
        await Expect(shown.GetByLabel("Impact: Makes the customer abandon")).ToHaveTextAsync("Abandons");
        var stored = CellOf(await Api.GetMapAsync(mapId), Pains, Checkout)!.PainPoints.Single();
        Assert.Equal(text, stored.Text);
        Assert.Equal(PainImpact.Abandons, stored.Impact);
        Assert.False(string.IsNullOrEmpty(stored.Id));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task IdeaVote_Clicked_CountsYourVoteAndLeavesTheImportedFigure()
    {
        var (page, mapId) = await OpenFreshMapAsync("Vote");
        var idea = Cell(page, Ideas, Compare).Locator("[data-testid=\"idea\"]");
        var button = idea.Locator("[data-testid=\"idea-vote\"]");
        await Expect(idea.Locator("[data-testid=\"idea-votes\"]")).ToHaveTextAsync("0");
        await Expect(idea.Locator("[data-testid=\"idea-imported-votes\"]")).ToHaveTextAsync($"+{IdeaVotes.ToString(CultureInfo.InvariantCulture)}");

        await button.ClickAsync();

        await Expect(idea.Locator("[data-testid=\"idea-votes\"]")).ToHaveTextAsync("1");
        await Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Cell(page, Ideas, Compare).Locator("textarea")).ToHaveCountAsync(0); // voting does not open the editor
        using var votes = await Api.Http.GetAsync($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/votes");
        Assert.Contains("\"count\":1", await votes.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await button.ClickAsync(); // one vote each: a second click takes it back
        await Expect(idea.Locator("[data-testid=\"idea-votes\"]")).ToHaveTextAsync("0");
        var stored = CellOf(await Api.GetMapAsync(mapId), Ideas, Compare)!.Ideas.Single();
        Assert.Equal(IdeaVotes, stored.Votes); // the file's figure is imported votes: the vote button never changes it
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Edit_UndoneAndRedone_WithKeysAndToolbar_ShowsAndStoresEachState()
    {
        var (page, mapId) = await OpenFreshMapAsync("Undo");
        var cell = Cell(page, Actions, Search);
        const string changed = "Asks a voice assistant instead";
        var undo = page.Locator("[data-testid=\"undo\"]");
        var redo = page.Locator("[data-testid=\"redo\"]");
        await Expect(undo).ToBeDisabledAsync();

        await EditAndWaitSavedAsync(page, () => TypeIntoTextCellAsync(page, cell, changed));
        await Expect(CellText(cell)).ToHaveTextAsync(changed);
        await Expect(undo).ToBeEnabledAsync();
        await Expect(redo).ToBeDisabledAsync();

        await EditAndWaitSavedAsync(page, () => page.Keyboard.PressAsync("Control+z"));
        await Expect(CellText(cell)).ToHaveTextAsync(SearchText);
        await Expect(redo).ToBeEnabledAsync();
        Assert.Equal(SearchText, CellOf(await Api.GetMapAsync(mapId), Actions, Search)?.Text);

        await EditAndWaitSavedAsync(page, () => page.Keyboard.PressAsync("Control+Shift+Z"));
        await Expect(CellText(cell)).ToHaveTextAsync(changed);
        Assert.Equal(changed, CellOf(await Api.GetMapAsync(mapId), Actions, Search)?.Text);

        await EditAndWaitSavedAsync(page, () => undo.ClickAsync());
        await Expect(CellText(cell)).ToHaveTextAsync(SearchText);
        Assert.Equal(SearchText, CellOf(await Api.GetMapAsync(mapId), Actions, Search)?.Text);

        await EditAndWaitSavedAsync(page, () => redo.ClickAsync());
        await Expect(CellText(cell)).ToHaveTextAsync(changed);
        await Expect(redo).ToBeDisabledAsync();
        Assert.Equal(changed, CellOf(await Api.GetMapAsync(mapId), Actions, Search)?.Text);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task ScriptTag_TypedIntoACell_IsShownAsTextAndNeverRuns()
    {
        const string script = "<script>alert(1)</script>";
        var (page, mapId) = await OpenFreshMapAsync("Script as text");
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        var cell = Cell(page, Actions, Checkout);
        var other = Cell(page, Actions, Pay);

        await EditAndWaitSavedAsync(page, () => TypeIntoTextCellAsync(page, cell, script));
        // innerHTML never runs a <script>, so also try markup that would run if the text were ever parsed as HTML.
        await EditAndWaitSavedAsync(page, () => TypeIntoTextCellAsync(page, other, ImagePayload));

        await Expect(CellText(cell)).ToHaveTextAsync(script);
        await Expect(CellText(other)).ToHaveTextAsync(ImagePayload);
        Assert.Equal(0, await cell.Locator("script").CountAsync());
        Assert.Equal(0, await other.Locator("img").CountAsync());
        var stored = await Api.GetMapAsync(mapId);
        Assert.Equal(script, CellOf(stored, Actions, Checkout)?.Text);
        Assert.Equal(ImagePayload, CellOf(stored, Actions, Pay)?.Text);

        // Stored and drawn again from the server: still text.
        await page.ReloadAsync();
        await page.Locator(CompleteGridSelector).WaitForAsync();
        var reloaded = Cell(page, Actions, Checkout);
        Assert.Equal(script, await CellText(reloaded).TextContentAsync());
        Assert.Equal(0, await reloaded.Locator("script").CountAsync());
        Assert.Equal(ImagePayload, await CellText(Cell(page, Actions, Pay)).TextContentAsync());
        Assert.Equal(0, await page.Locator("[data-testid=\"map-grid\"] script, [data-testid=\"map-grid\"] img[src=x]").CountAsync());
        await page.WaitForTimeoutAsync(200);
        Assert.Empty(dialogs);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Keyboard_ArrowsMoveEnterEditsEscCancels_TextUnchanged()
    {
        var (page, mapId) = await OpenFreshMapAsync("Keyboard");
        var start = Cell(page, Actions, Search);
        await FocusCellAsync(start);

        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(Cell(page, Actions, Compare)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(Cell(page, Actions, Checkout)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown"); // the emotion curve: one cell across every step
        await Expect(page.Locator($"[data-testid=\"cell-{Emotions}\"]")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown"); // keeps the column it came from
        await Expect(Cell(page, Pains, Checkout)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(Cell(page, Pains, Compare)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(start).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Enter");
        var box = start.Locator("textarea").First;
        await Expect(box).ToBeFocusedAsync();
        await Expect(box).ToHaveValueAsync(SearchText);
        await page.Keyboard.TypeAsync(" and gives up");
        await Expect(box).ToHaveValueAsync(SearchText + " and gives up");
        await page.Keyboard.PressAsync("Escape");

        await Expect(start.Locator("textarea")).ToHaveCountAsync(0);
        await Expect(start).ToBeFocusedAsync();
        await Expect(CellText(start)).ToHaveTextAsync(SearchText);
        await Expect(page.Locator("[data-testid=\"undo\"]")).ToBeDisabledAsync();
        await Expect(SaveStatus(page)).ToHaveAttributeAsync("data-state", "saved");
        Assert.Equal(SearchText, CellOf(await Api.GetMapAsync(mapId), Actions, Search)?.Text);
        Assert.Empty(PageErrors);
    }

    /// <summary>Presses on <paramref name="source"/>'s centre and moves the mouse in steps onto the target, then releases.</summary>
    private static async Task DragAsync(IPage page, ILocator source, ILocator target, float targetXFraction)
    {
        var from = await source.BoundingBoxAsync();
        var to = await target.BoundingBoxAsync();
        Assert.NotNull(from);
        Assert.NotNull(to);
        await page.Mouse.MoveAsync(from.X + (from.Width / 2), from.Y + (from.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(from.X + (from.Width / 2) + 10, from.Y + (from.Height / 2), new MouseMoveOptions { Steps = 2 });
        await page.Mouse.MoveAsync(to.X + (to.Width * targetXFraction), to.Y + (to.Height / 2), new MouseMoveOptions { Steps = 10 });
        await page.Mouse.UpAsync();
    }
}
