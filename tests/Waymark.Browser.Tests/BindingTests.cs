using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// Binding steps to event data in the editor: an activity typed by hand (the workspace may have no event data yet)
/// with a property filter is stored on the step, shown on its header, and undone like any other edit.
/// </summary>
public sealed class BindingTests : BrowserTest
{
    public BindingTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task StepBoundToATypedActivity_IsStored_AndUndoRemovesIt()
    {
        var (page, mapId) = await OpenFreshMapAsync("Binding");
        var activity = $"Checkout started {Guid.NewGuid().ToString("N")[..6]}";
        await Expect(page.Locator("[data-testid=\"step-binding\"]")).ToHaveCountAsync(0); // a map without data stays calm

        await StepHeader(page, Checkout).Locator("[data-testid=\"step-menu\"]").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Bind to data…" }).ClickAsync();
        var dialog = BindingDialog(page, "Checks out");
        await Expect(dialog).ToBeVisibleAsync();
        var search = dialog.GetByLabel("Find or type an activity");
        await Expect(search).ToBeFocusedAsync();
        await search.FillAsync(activity);
        await search.PressAsync("Enter");
        await Expect(dialog.Locator("[data-testid=\"binding-chosen\"] li")).ToHaveTextAsync([new Regex(Regex.Escape(activity))]);
        await Expect(search).ToHaveValueAsync(string.Empty);

        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add a filter" }).ClickAsync();
        await dialog.GetByLabel("Property of filter 1").FillAsync("plan");
        await dialog.GetByLabel("Value of filter 1").FillAsync("pro");
        await ScreenshotAsync(page, "binding-dialog-typed");
        await EditAndWaitSavedAsync(page, () => dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save binding" }).ClickAsync());

        await Expect(dialog).ToHaveCountAsync(0);
        var binding = (await Api.GetMapAsync(mapId)).Stages.SelectMany(s => s.Steps).Single(s => s.Id == Checkout).Binding;
        Assert.NotNull(binding);
        Assert.Equal([activity], binding.Activities);
        Assert.Equal([("plan", "pro")], binding.Filter.Select(f => (f.Property, f.Value)));
        await Expect(StepHeader(page, Checkout).Locator("[data-testid=\"step-binding\"]")).ToHaveTextAsync("1 activity");
        await Expect(StepHeader(page, Pay).Locator("[data-testid=\"step-binding\"]")).ToHaveTextAsync("Not bound");

        await EditAndWaitSavedAsync(page, () => page.Locator("[data-testid=\"undo\"]").ClickAsync());

        var undone = (await Api.GetMapAsync(mapId)).Stages.SelectMany(s => s.Steps).Single(s => s.Id == Checkout);
        Assert.Null(undone.Binding);
        await Expect(page.Locator("[data-testid=\"step-binding\"]")).ToHaveCountAsync(0);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task DataToggle_ShowsUnboundSteps_AndTheDialogRefusesDuplicatesAndHalfFilters()
    {
        var (page, mapId) = await OpenFreshMapAsync("Binding checks");
        var toggle = page.Locator("[data-testid=\"toggle-data\"]");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("[data-testid=\"step-binding\"]")).ToHaveCountAsync(4);
        await Expect(page.Locator("[data-testid=\"step-binding\"]").First).ToHaveTextAsync("Not bound");

        // The badge opens the dialog from the keyboard.
        var badge = StepHeader(page, Search).Locator("[data-testid=\"step-binding\"]");
        await badge.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = BindingDialog(page, "Searches");
        var search = dialog.GetByLabel("Find or type an activity");
        await Expect(search).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Searched");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("searched ");
        await page.Keyboard.PressAsync("Enter");
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync(new Regex("already bound"));
        await Expect(dialog.Locator("[data-testid=\"binding-chosen\"] li")).ToHaveCountAsync(1);

        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add a filter" }).ClickAsync();
        await Expect(dialog.GetByLabel("Property of filter 1")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("plan");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save binding" }).ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByText("Fix the marked fields to save.")).ToBeVisibleAsync();
        await Expect(dialog.GetByLabel("Value of filter 1")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(badge).ToBeFocusedAsync();
        await Expect(badge).ToHaveTextAsync("Not bound");
        var step = (await Api.GetMapAsync(mapId)).Stages.SelectMany(s => s.Steps).Single(s => s.Id == Search);
        Assert.Null(step.Binding);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task ListedActivities_PickedFromTheKeyboard_AreStored_AndTheDialogPassesAxe()
    {
        var (page, mapId) = await OpenFreshMapAsync("Binding picker");
        // The workspace's activities as the server lists them (stubbed here, so the test does not depend on event data).
        await page.RouteAsync(ActivitiesRoute.Url, route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "application/json",
            Body = """
                [{"name":"Viewed product","events":90210,"customers":12034},
                 {"name":"Added to cart","events":20400,"customers":8120},
                 {"name":"Cart viewed","events":15000,"customers":7400},
                 {"name":"Paid order","events":3100,"customers":2950}]
                """,
        }));

        await StepHeader(page, Compare).Locator("[data-testid=\"step-menu\"]").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Bind to data…" }).ClickAsync();
        var dialog = BindingDialog(page, "Compares offers");
        var rows = dialog.Locator("[data-testid=\"binding-activity\"]");
        await Expect(rows).ToHaveCountAsync(4);
        await Expect(rows.First).ToContainTextAsync("12K");

        await page.Keyboard.TypeAsync("cart");
        await Expect(rows).ToHaveTextAsync([new Regex("^Cart viewed"), new Regex("^Added to cart")]); // the name that starts with it first
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Space");
        await Expect(rows.Nth(1).Locator("input")).ToBeCheckedAsync();
        await Expect(dialog.Locator("[data-testid=\"binding-chosen\"] li")).ToHaveTextAsync([new Regex("^Added to cart")]);

        var violations = await AccessibilityTests.RunAxeAsync(page);
        Assert.True(violations.Count == 0, $"binding dialog: {violations.Count} WCAG A/AA violations:\n{string.Join("\n", violations)}");
        await ScreenshotAsync(page, "binding-dialog-list");

        await EditAndWaitSavedAsync(page, () => dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save binding" }).ClickAsync());
        var step = (await Api.GetMapAsync(mapId)).Stages.SelectMany(s => s.Steps).Single(s => s.Id == Compare);
        Assert.Equal(["Added to cart"], step.Binding?.Activities);
        Assert.Empty(step.Binding!.Filter);
        var gridViolations = await AccessibilityTests.RunAxeAsync(page);
        Assert.True(gridViolations.Count == 0, $"map with data badges: {string.Join("\n", gridViolations)}");
        Assert.Empty(PageErrors);
    }

    private static ILocator BindingDialog(IPage page, string stepName) =>
        page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { Name = $"Bind “{stepName}” to data" });
}
