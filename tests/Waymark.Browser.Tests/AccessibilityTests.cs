using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Waymark.Browser.Tests;

/// <summary>
/// Every page and every dialog checked with axe against WCAG 2.0/2.1 A and AA (<see cref="AxeCheck"/>), on the shared
/// server (accounts off). A failing rule is fixed in the product, never excluded here. The screens themselves, how to
/// reach each one, are in AccessibilityTests.Pages.cs and AccessibilityTests.Dialogs.cs: a new page or dialog adds
/// its name to <see cref="Pages"/> or <see cref="Dialogs"/> and one case to the switch that opens it.
/// </summary>
[Collection(BrowserCollection.Second)]
public sealed partial class AccessibilityTests : BrowserTest
{
    public AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_CheckedWithAxe_HasNoWcagAaViolations(string name)
    {
        var page = await NewPageAsync();
        await OpenPageAsync(page, name);

        var violations = await AxeCheck.ViolationsAsync(page, name);

        AxeCheck.AssertNone(name, violations);
        Assert.Empty(PageErrors);
    }

    [Theory]
    [MemberData(nameof(Dialogs))]
    public async Task Dialog_CheckedWithAxe_HasNoWcagAaViolations(string name)
    {
        // The conflict and the leave-unsaved dialogs belong to the whole-document autosave (co-editing has neither).
        WholeDocumentSaves = name is "conflict" or "leave-unsaved";
        var page = await NewPageAsync();
        var dialog = await OpenDialogAsync(page, name);
        await Assertions.Expect(dialog).ToBeVisibleAsync();

        // The whole document, the open dialog on top: what is behind a modal is inert, and axe skips what is hidden.
        var violations = await AxeCheck.ViolationsAsync(page, name);

        AxeCheck.AssertNone(name, violations);
        Assert.Empty(PageErrors);
    }

    /// <summary>
    /// The WCAG A/AA violations on the page, or only inside the element <paramref name="selector"/> finds (a panel
    /// under test): what the feature tests call to check the screens they open.
    /// </summary>
    internal static Task<List<string>> RunAxeAsync(IPage page, string? selector = null) =>
        AxeCheck.ViolationsAsync(page, selector ?? page.Url, selector is null ? null : page.Locator(selector));
}
