using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// The editors issue 6 adds to the map: feedback keywords on a step (chips in the binding dialog) and the link of a
/// pain-point card to a feedback topic or an activity. Both are stored in the map, come back after a reload, and
/// are undone like any other edit.
/// </summary>
public sealed class FeedbackEditorTests : BrowserTest
{
    public FeedbackEditorTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task FeedbackKeywords_TypedAsChips_AreStored_ComeBackAfterReload_AndUndoRestoresThem()
    {
        var (page, mapId) = await OpenFreshMapAsync("Keywords");
        var dialog = await OpenBindingDialogAsync(page, Checkout, "Checks out");
        var input = dialog.Locator("[data-testid=\"binding-keyword-input\"]");
        await input.FillAsync("delivery   cost ");
        await input.PressAsync("Enter");
        await input.FillAsync("shipping");
        await input.PressAsync("Enter");
        await input.FillAsync("Shipping");
        await input.PressAsync("Enter");
        await Expect(dialog.Locator("[data-testid=\"binding-keyword-problem\"]")).ToHaveTextAsync(new Regex("already a keyword"));
        await input.FillAsync("checkout page");
        await input.PressAsync("Enter");
        var chips = dialog.Locator("[data-testid=\"binding-keyword\"]");
        await Expect(chips).ToHaveTextAsync([new Regex("^delivery cost"), new Regex("^shipping"), new Regex("^checkout page")]);
        await Expect(dialog).ToBeVisibleAsync(); // Enter adds a keyword; it does not save the dialog

        await input.PressAsync("Backspace"); // in the empty field: the last chip goes
        await Expect(chips).ToHaveCountAsync(2);
        await Expect(input).ToBeFocusedAsync();
        await ScreenshotAsync(page, "binding-dialog-keywords");
        await EditAndWaitSavedAsync(page, () => dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save binding" }).ClickAsync());

        Assert.Equal(["delivery cost", "shipping"], StepOf(await Api.GetMapAsync(mapId), Checkout).Binding?.Keywords);
        await Expect(StepHeader(page, Checkout).Locator("[data-testid=\"step-binding\"]")).ToHaveTextAsync("2 keywords");

        await page.ReloadAsync();
        await page.Locator(CompleteGridSelector).WaitForAsync();
        dialog = await OpenBindingDialogAsync(page, Checkout, "Checks out");
        chips = dialog.Locator("[data-testid=\"binding-keyword\"]");
        await Expect(chips).ToHaveTextAsync([new Regex("^delivery cost"), new Regex("^shipping")]);
        await chips.First.Locator("[data-testid=\"binding-keyword-remove\"]").ClickAsync();
        await Expect(chips).ToHaveTextAsync([new Regex("^shipping")]);
        await EditAndWaitSavedAsync(page, () => dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save binding" }).ClickAsync());
        Assert.Equal(["shipping"], StepOf(await Api.GetMapAsync(mapId), Checkout).Binding?.Keywords);

        await EditAndWaitSavedAsync(page, () => page.Locator("[data-testid=\"undo\"]").ClickAsync());
        Assert.Equal(["delivery cost", "shipping"], StepOf(await Api.GetMapAsync(mapId), Checkout).Binding?.Keywords);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task PainPointLink_ToATopicThenAnActivity_IsStored_ShownAfterReload_AndUndone()
    {
        var (page, mapId) = await OpenFreshMapAsync("Pain link");
        // The workspace's activities as the server lists them (stubbed, so the test does not depend on event data).
        await page.RouteAsync(ActivitiesRoute.Url, route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "application/json",
            Body = """
                [{"name":"Checkout started","events":20400,"customers":8120},
                 {"name":"Paid order","events":3100,"customers":2950}]
                """,
        }));
        var cell = Cell(page, Pains, Checkout);
        const string text = "Delivery cost appears only at the last step";

        await EditAndWaitSavedAsync(page, async () =>
        {
            await FocusCellAsync(cell);
            await page.Keyboard.PressAsync("Enter");
            await cell.Locator("[data-testid=\"add-pain-point\"]").ClickAsync();
            await page.Keyboard.TypeAsync(text);
            await cell.Locator("[data-testid=\"pain-link-kind\"]").SelectOptionAsync("topic");
            var topic = cell.Locator("[data-testid=\"pain-link-topic\"]");
            await Expect(topic).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("delivery  cost ");
            await cell.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Done" }).ClickAsync();
        });

        var stored = CellOf(await Api.GetMapAsync(mapId), Pains, Checkout)!.PainPoints.Single();
        Assert.Equal(text, stored.Text);
        Assert.Equal("delivery cost", stored.LinkedTopic);
        Assert.Null(stored.LinkedActivity);

        await page.ReloadAsync();
        await page.Locator(CompleteGridSelector).WaitForAsync();
        var link = cell.Locator("[data-testid=\"pain-link\"]");
        await Expect(link).ToHaveAttributeAsync("data-kind", "topic");
        await Expect(link).ToHaveTextAsync(new Regex("Topic\\s*delivery cost"));
        await ScreenshotAsync(page, "pain-point-link");

        await EditAndWaitSavedAsync(page, async () =>
        {
            await FocusCellAsync(cell);
            await page.Keyboard.PressAsync("Enter");
            await cell.Locator("[data-testid=\"pain-link-kind\"]").SelectOptionAsync("activity");
            var activity = cell.Locator("[data-testid=\"pain-link-activity\"]");
            await Expect(activity.Locator("option")).ToHaveCountAsync(3);
            await activity.SelectOptionAsync("Paid order");
            await ScreenshotAsync(page, "pain-point-link-editor");
            await cell.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Done" }).ClickAsync();
        });
        stored = CellOf(await Api.GetMapAsync(mapId), Pains, Checkout)!.PainPoints.Single();
        Assert.Equal("Paid order", stored.LinkedActivity);
        Assert.Null(stored.LinkedTopic);
        await Expect(link).ToHaveAttributeAsync("data-kind", "activity");

        await EditAndWaitSavedAsync(page, () => page.Locator("[data-testid=\"undo\"]").ClickAsync());
        stored = CellOf(await Api.GetMapAsync(mapId), Pains, Checkout)!.PainPoints.Single();
        Assert.Equal("delivery cost", stored.LinkedTopic);
        Assert.Null(stored.LinkedActivity);
        Assert.Empty(PageErrors);
    }

    private static async Task<ILocator> OpenBindingDialogAsync(IPage page, string stepId, string stepName)
    {
        await StepHeader(page, stepId).Locator("[data-testid=\"step-menu\"]").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Bind to data…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { Name = $"Bind “{stepName}” to data" });
        await Expect(dialog).ToBeVisibleAsync();
        return dialog;
    }

    private static Waymark.Core.Maps.Step StepOf(Waymark.Core.Maps.JourneyMap map, string stepId) =>
        map.Stages.SelectMany(s => s.Steps).Single(s => s.Id == stepId);
}
