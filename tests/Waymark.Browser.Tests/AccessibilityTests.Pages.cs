using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>The pages axe checks, and how to reach each one drawn and settled.</summary>
public sealed partial class AccessibilityTests
{
    /// <summary>Every page of the app; a new page adds its name here and a case to <see cref="OpenPageAsync"/>.</summary>
    public static TheoryData<string> Pages => new()
    {
        "home", "templates", "personas", "persona", "data", "data-feedback", "members", "activity", "not-found",
        "editor", "editor-blueprint", "editor-scope-panel", "editor-personas-panel", "editor-persona-fields", "editor-data-view",
        "editor-comments-panel", "editor-funnel-panel", "editor-insights-panel", "editor-attribution-panel", "editor-whatif-panel", "editor-paths-panel",
        "editor-timeline-panel", "shared-guest-view", "data-webhooks", "editor-rules-panel", "editor-rule-editor", "editor-live-view",
    };

    private async Task OpenPageAsync(IPage page, string name)
    {
        switch (name)
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
            case "data":
                await page.GotoAsync("/data");
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "New API key" })).ToBeVisibleAsync();
                break;
            case "data-webhooks":
                await page.GotoAsync("/data/webhooks");
                await page.GetByTestId("webhooks-panel").WaitForAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                break;
            case "data-feedback":
                await page.GotoAsync("/data/feedback");
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                break;
            case "members":
            case "activity":
                await page.GotoAsync($"/{name}");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                break;
            case "not-found":
                await page.GotoAsync("/no-such-page");
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                break;
            default:
                await OpenEditorPageAsync(page, name);
                break;
        }
    }

    private async Task OpenEditorPageAsync(IPage page, string name)
    {
        switch (name)
        {
            case "editor":
                await OpenMapAsync(page, "B2B business bank account opening");
                break;
            case "editor-blueprint":
                await OpenMapAsync(page, "Service blueprint: click and collect");
                break;
            case "editor-scope-panel":
            case "editor-personas-panel":
            case "editor-persona-fields":
                await OpenMapAsync(page, "Service blueprint: click and collect");
                await page.GetByTestId("toggle-panel").ClickAsync();
                if (name != "editor-scope-panel")
                {
                    await page.GetByRole(AriaRole.Tab, new() { Name = "Personas" }).ClickAsync();
                }

                if (name == "editor-persona-fields")
                {
                    await page.GetByTestId("side-panel").GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true }).First.ClickAsync();
                }

                await page.GetByTestId("side-panel").WaitForAsync();
                break;
            case "editor-data-view":
                await OpenDataMapAsync(page, "AxeData");
                break;
            case "editor-funnel-panel":
            case "editor-insights-panel":
            case "editor-attribution-panel":
            case "editor-whatif-panel":
                await OpenDataMapAsync(page, "AxePanel");
                await page.GetByTestId(name switch
                {
                    "editor-funnel-panel" => "toggle-funnel",
                    "editor-insights-panel" => "toggle-insights",
                    "editor-whatif-panel" => "toggle-whatif",
                    _ => "toggle-attribution",
                }).ClickAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                break;
            case "editor-paths-panel":
            case "editor-timeline-panel":
                await OpenDataMapAsync(page, "AxeEvidence");
                await page.GetByTestId("evidence-menu").GetByRole(AriaRole.Button).ClickAsync();
                await page.GetByRole(AriaRole.Menuitem, new() { NameRegex = new(name == "editor-paths-panel" ? "^Actual paths" : "^Customer timeline") }).ClickAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                break;
            case "editor-rules-panel":
                await OpenDataMapAsync(page, "AxeRules");
                await page.GetByTestId("evidence-menu").GetByRole(AriaRole.Button).ClickAsync();
                await page.GetByRole(AriaRole.Menuitem, new() { Name = "Journey rules" }).ClickAsync();
                await page.GetByTestId("rules-panel").WaitForAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                break;
            case "editor-rule-editor":
                await OpenDataMapAsync(page, "AxeRuleEditor");
                await StepHeader(page, AcceptanceMap.Compare).GetByTestId("step-menu").ClickAsync();
                await page.GetByRole(AriaRole.Menuitem, new() { Name = "When customers stall here…" }).ClickAsync();
                await page.GetByTestId("rule-editor").WaitForAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                break;
            case "editor-live-view":
                await OpenDataMapAsync(page, "AxeLive");
                await page.GetByTestId("evidence-menu").GetByRole(AriaRole.Button).ClickAsync();
                await page.GetByRole(AriaRole.Menuitem, new() { Name = "Live view: in flight and stalled now" }).ClickAsync();
                await page.GetByTestId("live-as-of").WaitForAsync();
                await page.GetByTestId("live-no-stall-rules").WaitForAsync();
                break;
            case "editor-comments-panel":
                await OpenMapAsync(page, "B2B business bank account opening");
                await page.GetByTestId("toggle-comments").ClickAsync();
                await page.GetByTestId("comments-panel").WaitForAsync();
                break;
            case "shared-guest-view":
                await OpenSharedMapAsync(page);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "unknown page: add it to OpenPageAsync");
        }
    }

    /// <summary>A map of its own bound to events of its own, open with the data view on for all time.</summary>
    private async Task OpenDataMapAsync(IPage page, string tag)
    {
        var (_, mapId) = await OverlayData.CreateAsync(Api, tag);
        await OpenMapByIdAsync(page, mapId);
        await OverlayData.ShowAllTimeAsync(page);
    }

    /// <summary>A guest opens a view link with the data on it, as in <see cref="ShareTests"/>.</summary>
    private async Task OpenSharedMapAsync(IPage page)
    {
        var mapId = await Api.MapIdAsync("SaaS free trial to paid");
        using var response = await Api.Http.PostAsJsonAsync($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/share-links",
            new { access = "comment", includesData = true });
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        await page.GotoAsync(doc.RootElement.GetProperty("path").GetString()!);
        await page.Locator(CompleteGridSelector).WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
