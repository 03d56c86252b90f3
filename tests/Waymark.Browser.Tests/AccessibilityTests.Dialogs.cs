using Microsoft.Playwright;
using Waymark.Core.Maps;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>The dialogs, menus and popovers axe checks open, and how to open each one.</summary>
public sealed partial class AccessibilityTests
{
    private const string B2b = "B2B business bank account opening";
    private const string Blueprint = "Service blueprint: click and collect";

    /// <summary>Every dialog and popover; a new one adds its name here and a case to <see cref="OpenDialogAsync"/>.</summary>
    public static TheoryData<string> Dialogs => new()
    {
        "new-map", "draft-from-data", "map-card-menu", "rename-map", "delete-map", "template-details", "delete-persona",
        "new-api-key", "api-key-created", "revoke-api-key", "conflict", "leave-unsaved", "remove-map-persona", "share", "voting", "export-menu", "evidence-menu", "inbox", "add-lane", "attach-persona",
        "step-menu", "lane-menu", "stage-menu", "bind-to-data", "segments", "segment-editor", "cell-comment-menu",
        "cell-editor-actions", "cell-editor-channels", "cell-editor-painPoints", "cell-editor-ideas",
        "cell-editor-momentsOfTruth", "cell-editor-kpis", "cell-editor-emotionCurve", "cell-editor-owners", "cell-editor-images",
    };

    /// <summary>Opens the dialog and returns it (what must be visible before axe runs).</summary>
    private async Task<ILocator> OpenDialogAsync(IPage page, string name)
    {
        if (name.StartsWith("cell-editor-", StringComparison.Ordinal))
        {
            return await OpenCellEditorAsync(page, name["cell-editor-".Length..]);
        }

        switch (name)
        {
            case "new-map":
                return await OnHomeAsync(page, p => p.GetByTestId("new-map").ClickAsync());
            case "draft-from-data":
                return await OnHomeAsync(page, p => p.GetByTestId("draft-from-data").ClickAsync());
            case "map-card-menu":
                await OnHomeAsync(page, p => p.GetByRole(AriaRole.Button, new() { NameRegex = new("^Actions for ") }).First.ClickAsync());
                return page.GetByRole(AriaRole.Menu);
            case "rename-map":
            case "delete-map":
                await OnHomeAsync(page, p => p.GetByRole(AriaRole.Button, new() { NameRegex = new("^Actions for ") }).First.ClickAsync());
                await page.GetByRole(AriaRole.Menuitem, new() { Name = name == "rename-map" ? "Rename…" : "Delete…" }).ClickAsync();
                return OpenModal(page);
            case "template-details":
                await page.GotoAsync("/templates");
                await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Preview ") }).First.ClickAsync();
                return OpenModal(page);
            case "delete-persona":
                await page.GotoAsync($"/personas/{(await Api.PersonaIdsAsync())[0]}");
                await page.GetByRole(AriaRole.Button, new() { Name = "Delete persona" }).ClickAsync();
                return OpenModal(page);
            case "new-api-key":
            case "api-key-created":
                await page.GotoAsync("/data");
                await page.GetByRole(AriaRole.Button, new() { Name = "New API key" }).ClickAsync();
                if (name == "api-key-created")
                {
                    await OpenModal(page).Locator("input").FillAsync($"Axe {Guid.NewGuid():N}");
                    await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
                    await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Done, I copied it" })).ToBeVisibleAsync();
                }

                return OpenModal(page);
            case "revoke-api-key":
                await page.GotoAsync("/data");
                await page.GetByRole(AriaRole.Button, new() { Name = "New API key" }).ClickAsync();
                await OpenModal(page).Locator("input").FillAsync($"Axe {Guid.NewGuid():N}");
                await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Done, I copied it" }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Revoke Axe ") }).First.ClickAsync();
                return OpenModal(page);
            case "conflict":
            case "leave-unsaved":
                await OpenConflictAsync(page);
                if (name == "leave-unsaved")
                {
                    await page.Keyboard.PressAsync("Escape");
                    await page.GetByRole(AriaRole.Link, new() { Name = "Back to maps" }).ClickAsync();
                }

                return OpenModal(page);
            default:
                return await OpenEditorDialogAsync(page, name);
        }
    }

    private async Task<ILocator> OpenEditorDialogAsync(IPage page, string name)
    {
        switch (name)
        {
            case "share":
            case "voting":
                await OpenMapAsync(page, B2b);
                await page.GetByTestId(name).ClickAsync();
                return OpenModal(page);
            case "export-menu":
                await OpenMapAsync(page, B2b);
                await page.GetByTestId("export-menu").ClickAsync();
                return page.GetByRole(AriaRole.Group, new() { Name = "Export" });
            case "evidence-menu":
                await OpenDataMapAsync(page, "AxeEvidence");
                await page.GetByTestId("evidence-menu").GetByRole(AriaRole.Button).ClickAsync();
                return page.GetByRole(AriaRole.Menu);
            case "inbox":
                await OpenMapAsync(page, B2b);
                await page.GetByTestId("inbox-button").First.ClickAsync();
                return page.GetByTestId("inbox");
            case "add-lane":
                await OpenMapAsync(page, B2b);
                await page.GetByTestId("add-lane").ClickAsync();
                return OpenModal(page);
            case "attach-persona":
                await OpenMapAsync(page, Blueprint);
                await page.GetByTestId("toggle-panel").ClickAsync();
                await page.GetByRole(AriaRole.Tab, new() { Name = "Personas" }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Add from library" }).ClickAsync();
                return OpenModal(page);
            case "remove-map-persona":
                await OpenMapAsync(page, Blueprint);
                await page.GetByTestId("toggle-panel").ClickAsync();
                await page.GetByRole(AriaRole.Tab, new() { Name = "Personas" }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Remove from map" }).First.ClickAsync();
                return OpenModal(page);
            case "step-menu":
            case "stage-menu":
            case "lane-menu":
                await OpenMapAsync(page, B2b);
                await HeaderMenuButton(page, name).ClickAsync();
                return page.GetByRole(AriaRole.Menu);
            case "bind-to-data":
                await OpenMapAsync(page, B2b);
                await HeaderMenuButton(page, "step-menu").ClickAsync();
                await page.GetByRole(AriaRole.Menuitem, new() { Name = "Bind to data…" }).ClickAsync();
                return OpenModal(page);
            case "segments":
            case "segment-editor":
                await OpenDataMapAsync(page, "AxeSegments");
                await page.GetByTestId("manage-segments").ClickAsync();
                if (name == "segment-editor")
                {
                    await page.GetByTestId("segment-new").ClickAsync();
                }

                return OpenModal(page);
            case "cell-comment-menu":
                await OpenMapAsync(page, B2b);
                await page.Locator("[role=gridcell][data-col='0']").First.ClickAsync(new() { Button = MouseButton.Right });
                return page.GetByRole(AriaRole.Menu);
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "unknown dialog: add it to OpenDialogAsync");
        }
    }

    /// <summary>Edits the first cell of a lane of this kind (Enter on it, as a keyboard user does) and returns the editor.</summary>
    private async Task<ILocator> OpenCellEditorAsync(IPage page, string kind)
    {
        if (kind is "owners" or "images")
        {
            // No demo map has these lanes: a map of this test's own does.
            var map = AcceptanceMap.Create($"Axe {kind}");
            map.Lanes.Add(new Lane { Id = $"lane-{kind}", Kind = kind == "owners" ? LaneKind.Owners : LaneKind.Images, Title = kind });
            await OpenMapByIdAsync(page, await Api.CreateMapAsync(map));
        }
        else
        {
            await OpenMapAsync(page, kind is "kpis" or "momentsOfTruth" ? Blueprint : B2b);
        }

        var cell = page.Locator($"[data-lane-kind='{kind}'] [role=gridcell]").First;
        await cell.ClickAsync();
        if (kind != "emotionCurve")
        {
            await page.Keyboard.PressAsync("Enter");
        }

        // Editing shows a field, a list of cards or a popover: something to type in or choose from has focus.
        await Expect(page.Locator(":focus")).ToHaveCountAsync(1);
        Assert.False(await page.EvaluateAsync<bool>("() => document.activeElement.getAttribute('role') === 'gridcell'"),
            $"Enter on a {kind} cell opens its editor");
        return page.Locator(":focus");
    }

    /// <summary>Two pages save the same map; this one's save is refused and its conflict dialog opens.</summary>
    private async Task OpenConflictAsync(IPage mine)
    {
        var mapId = await CreateAcceptanceMapAsync("Axe conflict");
        var theirs = await NewPageAsync();
        await OpenMapByIdAsync(theirs, mapId);
        await OpenMapByIdAsync(mine, mapId);
        await EditAndWaitSavedAsync(theirs, () => TypeIntoTextCellAsync(theirs, Cell(theirs, AcceptanceMap.Actions, AcceptanceMap.Compare), "Theirs"));
        await TypeIntoTextCellAsync(mine, Cell(mine, AcceptanceMap.Actions, AcceptanceMap.Checkout), "Mine");
        await Expect(mine.GetByTestId("conflict-dialog")).ToBeVisibleAsync();
    }

    private static async Task<ILocator> OnHomeAsync(IPage page, Func<IPage, Task> open)
    {
        await page.GotoAsync("/");
        await page.Locator("[data-testid=map-card]").First.WaitForAsync();
        await open(page);
        return OpenModal(page);
    }

    private static ILocator HeaderMenuButton(IPage page, string which) => which switch
    {
        "step-menu" => page.Locator("[data-testid=step-menu]").First,
        "stage-menu" => page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Stage .* actions$") }).First,
        _ => page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Lane .* actions$") }).First,
    };

    private static ILocator OpenModal(IPage page) => page.Locator("dialog[open]").Last;
}
