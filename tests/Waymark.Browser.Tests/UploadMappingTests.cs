using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The feedback upload's mapping step: what it says is missing follows the mapping as the person changes it (no
/// stale "no time column" once Time is mapped), and times without an offset can be read in any IANA zone, which
/// the server checks again and names the field when it does not know.
/// </summary>
public sealed class UploadMappingTests : BrowserTest
{
    /// <summary>German headers the server does not recognise: Time and Text are mapped by hand.</summary>
    private const string Csv = "Kunde,Eingang,Kommentar\nc1,2026-11-01 10:00,Alles gut\n";

    public UploadMappingTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task FeedbackUpload_TimeMapped_NoLongerSaysThereIsNoTimeColumn()
    {
        var page = await OpenFeedbackMappingAsync();
        var card = page.GetByTestId("feedback-upload");
        await Expect(Role(page, "Time")).ToHaveValueAsync("");

        await Role(page, "Time").SelectOptionAsync("Eingang");
        await Role(page, "Text").SelectOptionAsync("Kommentar");

        await Expect(card).Not.ToContainTextAsync("no time column");
        await Expect(card).Not.ToContainTextAsync("Choose the column");
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Import ") })).ToBeEnabledAsync();
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task FeedbackUpload_TimeZone_OffersEveryIanaZoneAndTheServerNamesAnUnknownOne()
    {
        var page = await OpenFeedbackMappingAsync();
        await Role(page, "Time").SelectOptionAsync("Eingang");
        await Role(page, "Text").SelectOptionAsync("Kommentar");
        var zone = page.GetByLabel("Time zone");

        var offered = await zone.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Output.WriteLine($"{offered.Length} time zones offered");
        Assert.True(offered.Length > 300, $"only {offered.Length} time zones offered");
        Assert.Contains("America/Sao_Paulo", offered);
        Assert.Contains("Pacific/Chatham", offered);
        await zone.SelectOptionAsync("Pacific/Chatham");

        // The server checks the zone again: one it does not know is refused, naming the field (the request is changed
        // on its way, as a stale or hand-made client would send it).
        string? sent = null;
        await page.RouteAsync(new Regex("/feedback/imports\\?"), async route =>
        {
            sent = route.Request.Url;
            await route.ContinueAsync(new RouteContinueOptions { Url = route.Request.Url.Replace("Pacific%2FChatham", "Mars%2FOlympus", StringComparison.Ordinal) });
        });
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Import ") }).ClickAsync();

        var failure = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Nothing was imported" });
        await Expect(failure).ToContainTextAsync("timeZone: Unknown time zone 'Mars/Olympus'");
        Assert.NotNull(sent);
        Assert.Contains("timeZone=Pacific%2FChatham", sent, StringComparison.Ordinal);
        Assert.Empty(PageErrors);
    }

    private async Task<IPage> OpenFeedbackMappingAsync()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/data/feedback");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "umfrage.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Csv),
        });
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Which column holds what?" })).ToBeVisibleAsync();
        return page;
    }

    private static ILocator Role(IPage page, string label) => page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });
}
