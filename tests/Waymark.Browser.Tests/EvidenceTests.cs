using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;
using static Waymark.Browser.Tests.EvidenceData;

namespace Waymark.Browser.Tests;

/// <summary>
/// Evidence on the map in the browser: a customer's timeline placed on the steps, the actual-paths panel showing the
/// API's figures, and a map drafted from the workspace's events. Each test brings its own events with activity
/// names and customer ids no other test uses, on a fresh map whose four steps are bound to them.
/// </summary>
[Collection(BrowserCollection.Second)]
public sealed class EvidenceTests : BrowserTest
{
    public EvidenceTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task CustomerTimeline_OpenedFromTheSearch_ShowsEventsOnTheirSteps()
    {
        var tag = Tag();
        var mapId = await CreateBoundMapAsync(tag);
        var customer = $"tl-{tag}-anna";
        await IngestAsync(Api.Http,
        [
            new(customer, Act(tag, "search"), 0, "web"), new(customer, Act(tag, "compare"), 3, "web"),
            new(customer, Act(tag, "help"), 5, "chat"), new(customer, Act(tag, "compare"), 9, "web"),
            new(customer, Act(tag, "checkout"), 1500, "app"),
            new($"tl-{tag}-bob", Act(tag, "search"), 1),
        ]);
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);

        await OpenEvidenceAsync(page, "Customer timeline…");
        var search = page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Customer id" });
        await Expect(search).ToBeFocusedAsync();
        await search.FillAsync($"TL-{tag}-a");
        var suggestion = page.Locator("[data-testid=\"customer-suggestion\"]");
        await Expect(suggestion).ToHaveCountAsync(1);
        await Expect(suggestion).ToContainTextAsync("5 events");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");

        var events = page.Locator("[data-testid=\"timeline-event\"]");
        await Expect(page.Locator("[data-testid=\"timeline-customer\"]")).ToHaveTextAsync(customer);
        await Expect(events).ToHaveCountAsync(5);
        Assert.Equal([Search, Compare, "", Compare, Checkout], await AllAttributesAsync(events, "data-steps"));
        await Expect(events.Nth(0).Locator("[data-testid=\"event-step\"]")).ToHaveTextAsync("Searches");
        await Expect(events.Nth(2)).ToContainTextAsync("Not on this map");
        await Expect(events.Nth(4)).ToContainTextAsync("+1 day");
        // The grid marks the steps the customer reached with their event counts; Pay was not reached.
        Assert.Equal(["\"1\"", "\"2\"", "\"1\"", "none"], await StepBadgesAsync(page, [Search, Compare, Checkout, Pay]));

        var violations = await AccessibilityTests.RunAxeAsync(page);
        Assert.True(violations.Count == 0, "timeline panel: " + string.Join("\n", violations));

        await events.Nth(4).GetByRole(AriaRole.Button).ClickAsync();
        await Expect(events.Nth(4).GetByRole(AriaRole.Button)).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Contains("0px 0px 0px 2px inset", await StepHeader(page, Checkout).EvaluateAsync<string>("h => getComputedStyle(h).boxShadow"), StringComparison.Ordinal);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task CustomerTimeline_UnknownId_SaysSoPlainly()
    {
        var mapId = await CreateBoundMapAsync(Tag());
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);

        await OpenEvidenceAsync(page, "Customer timeline…");
        var search = page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Customer id" });
        await search.FillAsync("<b>nobody</b>/../x");
        await search.PressAsync("Enter");

        await Expect(page.Locator("[data-testid=\"timeline-panel\"]")).ToContainTextAsync("No such customer");
        await Expect(page.Locator("[data-testid=\"timeline-panel\"]")).ToContainTextAsync("“<b>nobody</b>/../x”");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task ActualPaths_Panel_ShowsTheApisFigures()
    {
        var tag = Tag();
        var mapId = await CreateBoundMapAsync(tag);
        string P(int i) => $"pa-{tag}-{i}";
        await IngestAsync(Api.Http,
        [
            new(P(1), Act(tag, "search"), 0), new(P(1), Act(tag, "compare"), 1), new(P(1), Act(tag, "checkout"), 2),
            new(P(2), Act(tag, "search"), 0), new(P(2), Act(tag, "compare"), 1), new(P(2), Act(tag, "search"), 2),
            new(P(3), Act(tag, "search"), 0), new(P(3), Act(tag, "extra"), 1),
            new(P(4), Act(tag, "compare"), 0), new(P(4), Act(tag, "checkout"), 4),
        ]);
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);

        await OpenEvidenceAsync(page, "Actual paths");
        var panel = page.Locator("[data-testid=\"paths-panel\"]");
        var api = await Api.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/paths");
        await Expect(panel.Locator("[data-testid=\"paths-customers\"]")).ToHaveTextAsync(api.GetProperty("customers").GetInt32().ToString("N0", CultureInfo.InvariantCulture));
        await Expect(panel.Locator("[data-testid=\"designed-order-share\"]")).ToHaveTextAsync($"{Math.Round(api.GetProperty("designedOrderShare").GetDouble() * 100)}%");
        var rows = panel.Locator("[data-testid=\"transition\"]");
        var expected = api.GetProperty("transitions").EnumerateArray().Take(10)
            .Select(t => $"{Id(t, "fromStepId")}>{Id(t, "toStepId")}:{t.GetProperty("customers").GetInt32()}").ToList();
        await Expect(rows).ToHaveCountAsync(expected.Count);
        var shown = new List<string>();
        for (var i = 0; i < expected.Count; i++)
        {
            shown.Add($"{await rows.Nth(i).GetAttributeAsync("data-from")}>{await rows.Nth(i).GetAttributeAsync("data-to")}:{await rows.Nth(i).GetAttributeAsync("data-customers")}");
        }

        Assert.Equal(expected, shown);
        var searchToCompare = panel.Locator($"[data-testid=\"transition\"][data-from=\"{Search}\"][data-to=\"{Compare}\"]");
        await searchToCompare.HoverAsync();
        await Expect(StepHeader(page, Compare)).ToHaveCSSAsync("box-shadow", new Regex("0px 0px 0px 2px inset"));
        await Expect(StepHeader(page, Checkout)).Not.ToHaveCSSAsync("box-shadow", new Regex("0px 0px 0px 2px inset"));
        Assert.Equal(4, api.GetProperty("customers").GetInt32()); // by hand: all four reach a bound step, P2 goes back
        Assert.Equal(0.75, api.GetProperty("designedOrderShare").GetDouble());
        await Expect(panel.Locator("[data-testid=\"hidden-activity\"][data-name=\"" + Act(tag, "extra") + "\"]")).ToHaveCountAsync(1);
        await Expect(panel.Locator("[data-testid=\"unreached-steps\"]")).ToContainTextAsync("Pays");
        await Expect(panel.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Name = "Actual paths" })).ToBeFocusedAsync();
        var violations = await AccessibilityTests.RunAxeAsync(page);
        Assert.True(violations.Count == 0, "paths panel: " + string.Join("\n", violations));
        await page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Evidence" })).ToBeFocusedAsync();
        await OpenEvidenceAsync(page, "Actual paths");
        // The mark appears once the reopened panel's paths request has answered: poll instead of reading once.
        await page.WaitForFunctionAsync(
            "h => getComputedStyle(h, '::after').content.includes('Unreached')",
            await StepHeader(page, Pay).ElementHandleAsync(),
            new PageWaitForFunctionOptions { Timeout = 10_000 });
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task HiddenJourney_BoundToAStepFromThePanel_IsSavedOnTheStep()
    {
        var tag = Tag();
        var mapId = await CreateBoundMapAsync(tag);
        await IngestAsync(Api.Http, [new($"hj-{tag}", Act(tag, "search"), 0), new($"hj-{tag}", Act(tag, "wishlist"), 1)]);
        var page = await NewPageAsync();
        await OpenMapByIdAsync(page, mapId);
        await OpenEvidenceAsync(page, "Actual paths");

        var select = page.GetByLabel($"Bind {Act(tag, "wishlist")} to a step");
        await EditAndWaitSavedAsync(page, () => select.SelectOptionAsync(new SelectOptionValue { Label = "Compares offers" }));

        var binding = (await Api.GetMapAsync(mapId)).Stages.SelectMany(s => s.Steps).Single(s => s.Id == Compare).Binding!;
        Assert.Equal([Act(tag, "compare"), Act(tag, "wishlist")], binding.Activities);
        await Expect(page.Locator($"[data-testid=\"hidden-activity\"][data-name=\"{Act(tag, "wishlist")}\"]")).ToHaveCountAsync(0);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task DraftFromData_OnTheHomePage_CreatesAndOpensABoundMap()
    {
        var tag = Tag();
        await IngestAsync(Api.Http, Enumerable.Range(0, 3).SelectMany(i => new Ev[]
        {
            new($"df-{tag}-{i}", Act(tag, "search"), 0, "web"), new($"df-{tag}-{i}", Act(tag, "compare"), 2, "web"),
        }));
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("[data-testid=\"draft-from-data\"]").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { Name = "Draft a map from data" });
        await Expect(dialog.GetByLabel("Map name")).ToBeFocusedAsync();
        await dialog.GetByLabel("Map name").FillAsync($"Drafted {tag}");
        await dialog.GetByLabel("Steps at most").FillAsync("2");
        await dialog.Locator("[data-testid=\"draft-submit\"]").ClickAsync();
        await Expect(dialog).ToContainTextAsync("3 to 40");
        await ScreenshotAsync(page, "draft-dialog-invalid");
        await dialog.GetByLabel("Steps at most").FillAsync("40");
        await dialog.Locator("[data-testid=\"draft-submit\"]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/maps/map_[a-z0-9]+$"));
        await page.Locator(CompleteGridSelector).WaitForAsync();
        var mapId = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var map = await Api.GetMapAsync(mapId);
        Assert.Equal($"Drafted {tag}", map.Name);
        // The browser tests share one workspace, so what the draft picks depends on every test's events: here the
        // draft is checked against the workspace's own activities (EvidenceApiTests check its exact content).
        var steps = map.Stages.SelectMany(s => s.Steps).ToList();
        var known = (await Api.Http.GetFromJsonAsync<JsonElement[]>("/api/workspaces/demo/activities"))!
            .Select(a => a.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.InRange(steps.Count, 3, 40);
        Assert.All(steps, s => Assert.Contains(Assert.Single(s.Binding!.Activities), known));
        await Expect(page.Locator("[data-testid=\"step-header\"]")).ToHaveCountAsync(steps.Count);
        await Expect(page.Locator("[data-testid=\"step-binding\"]")).ToHaveTextAsync(steps.Select(_ => "1 activity").ToArray());
        await Expect(StepHeader(page, steps[0].Id)).ToContainTextAsync(steps[0].Name);
        await ScreenshotAsync(page, "drafted-map");
        Assert.Empty(PageErrors);
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..6];

    private static string Act(string tag, string what) => $"ev_{tag}_{what}";

    private static string Id(JsonElement t, string name) => t.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : t.GetProperty(name).GetString()!;

    /// <summary>The acceptance map with Searches, Compares offers, Checks out and Pays bound to this test's activities.</summary>
    private async Task<string> CreateBoundMapAsync(string tag)
    {
        var map = Create($"Evidence {tag}");
        foreach (var (step, what) in new[] { (Search, "search"), (Compare, "compare"), (Checkout, "checkout"), (Pay, "pay") })
        {
            map.Stages.SelectMany(s => s.Steps).Single(s => s.Id == step).Binding = new StepBinding { Activities = [Act(tag, what)] };
        }

        return await Api.CreateMapAsync(map);
    }

    private static async Task OpenEvidenceAsync(IPage page, string item)
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Evidence" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = item }).ClickAsync();
    }

    private static async Task<List<string>> AllAttributesAsync(ILocator items, string name)
    {
        var values = new List<string>();
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            values.Add(await items.Nth(i).GetAttributeAsync(name) ?? "");
        }

        return values;
    }

    private static async Task<List<string>> StepBadgesAsync(IPage page, string[] steps)
    {
        var badges = new List<string>();
        foreach (var step in steps)
        {
            badges.Add(await StepHeader(page, step).EvaluateAsync<string>("h => getComputedStyle(h, '::after').content"));
        }

        return badges;
    }
}
