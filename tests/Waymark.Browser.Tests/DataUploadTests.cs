using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The Data page: a CSV uploaded through the UI with its columns mapped by hand, the result with a rejected row's
/// line and reason, the events checked through the API; API keys created and revoked; axe; and the picture.
/// </summary>
[Collection(BrowserCollection.Second)]
public sealed class DataUploadTests : BrowserTest
{
    public DataUploadTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task UploadCsv_MappedAndImported_ShowsCountsAndRejectedRowAndStoresEvents()
    {
        var token = Guid.NewGuid().ToString("N")[..6];
        var csv = $"""
            Kunde;Aktion;Zeit;Kanal
            up-{token}-1;Visited {token};2026-11-01T10:00:00Z;web
            up-{token}-1;Signed up {token};2026-11-01T10:05:00Z;web
            up-{token}-2;Visited {token};2026-11-02T09:00:00Z;app
            up-{token}-2;Signed up {token};<img src=x onerror=alert(1)>;app
            """;
        var page = await NewPageAsync();
        await page.GotoAsync("/data");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Upload a file" })).ToBeVisibleAsync();

        await ChooseFileAsync(page, $"export-{token}.csv", csv);
        await MapColumnsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Import ") }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "3 events imported" })).ToBeVisibleAsync();
        await Expect(Tile(page, "Imported")).ToHaveTextAsync("3");
        await Expect(Tile(page, "Duplicates")).ToHaveTextAsync("0");
        await Expect(Tile(page, "Rejected")).ToHaveTextAsync("1");
        var rejected = page.GetByRole(AriaRole.Region, new() { Name = "Rejected rows" }).Locator("tbody tr");
        await Expect(rejected).ToHaveCountAsync(1);
        await Expect(rejected.Locator("td").Nth(0)).ToHaveTextAsync("5");
        // The bad value is shown as text, never as markup.
        await Expect(rejected.Locator("td").Nth(1)).ToContainTextAsync("cannot read '<img src=x onerror=alert(1)>' as a timestamp");
        await Expect(page.Locator("img[src=x]")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "data-upload-result");
        var activities = await ActivitiesAsync();
        Assert.Equal((2L, 2L), activities[$"Visited {token}"]);
        Assert.Equal((1L, 1L), activities[$"Signed up {token}"]);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task UploadSameCsvAgain_ReportsOnlyDuplicates()
    {
        var token = Guid.NewGuid().ToString("N")[..6];
        var csv = $"customer_id,activity,timestamp\nre-{token},Opened {token},2026-11-01T10:00:00Z\nre-{token},Closed {token},2026-11-01T11:00:00Z\n";
        var page = await NewPageAsync();
        await page.GotoAsync("/data");
        await ChooseFileAsync(page, "again.csv", csv);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Import ") }).ClickAsync();
        await Expect(Tile(page, "Imported")).ToHaveTextAsync("2");

        await page.GetByRole(AriaRole.Button, new() { Name = "Upload another file" }).ClickAsync();
        await ChooseFileAsync(page, "again.csv", csv);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Import ") }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nothing new: every event was already stored" })).ToBeVisibleAsync();
        await Expect(Tile(page, "Duplicates")).ToHaveTextAsync("2");
        Assert.Equal((1L, 1L), (await ActivitiesAsync())[$"Opened {token}"]);
    }

    [Fact]
    public async Task UploadLatin1Csv_SaysWhyAndWhereAndOffersAnotherFile()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/data");

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "latin1.csv", MimeType = "text/csv", Buffer = Encoding.Latin1.GetBytes("customer,activity,timestamp\nc1,Caf\u00e9,2026-11-01T10:00:00Z\n"),
        });

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert.GetByRole(AriaRole.Heading, new() { Name = "Nothing was imported" })).ToBeVisibleAsync();
        await Expect(alert).ToContainTextAsync("Line 2: byte 0xE9 is not UTF-8");
        await ScreenshotAsync(page, "data-upload-failed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Choose another file" }).ClickAsync();
        await Expect(page.GetByText("Drop an event file here")).ToBeVisibleAsync();
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task ApiKey_CreatedAndRevokedInTheUi_WorksThenIsRefused()
    {
        var name = "Browser test " + Guid.NewGuid().ToString("N")[..6];
        var page = await NewPageAsync();
        await page.GotoAsync("/data");

        await page.GetByRole(AriaRole.Button, new() { Name = "New API key" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var key = await page.Locator("[data-testid=new-api-key]").InnerTextAsync();
        await Expect(page.GetByText("It is shown only this once")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "data-new-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Done, I copied it" }).ClickAsync();
        var row = page.Locator("tr", new() { HasText = name });
        await Expect(row.GetByText("Active")).ToBeVisibleAsync();
        Assert.Equal(HttpStatusCode.OK, await IngestAsync(key));

        await row.GetByRole(AriaRole.Button, new() { Name = $"Revoke {name}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke key" }).ClickAsync();

        await Expect(row.GetByText(new System.Text.RegularExpressions.Regex("^Revoked"))).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "data-keys");
        Assert.Equal(HttpStatusCode.Unauthorized, await IngestAsync(key));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task DataPage_IdleAndMapping_HaveNoWcagAaViolations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/data");
        await Expect(page.GetByTestId("summary-events")).Not.ToHaveTextAsync("–");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Send events" })).ToBeVisibleAsync();

        var idle = await AccessibilityTests.RunAxeAsync(page);
        await ChooseFileAsync(page, "axe.csv", "Kunde;Aktion;Zeit\nc1;Visited;2026-11-01T10:00:00Z\n");
        var mapping = await AccessibilityTests.RunAxeAsync(page);

        Assert.True(idle.Count == 0, $"/data: {idle.Count} WCAG A/AA violations:\n{string.Join("\n", idle)}");
        Assert.True(mapping.Count == 0, $"/data mapping step: {mapping.Count} WCAG A/AA violations:\n{string.Join("\n", mapping)}");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task MappingStep_IsPictured()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/data");
        await Expect(page.GetByTestId("summary-events")).Not.ToHaveTextAsync("–");
        await ChooseFileAsync(page, "crm-export-2026-11.csv", SampleExport());
        await MapColumnsAsync(page);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Upload a file" }).ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("() => document.fonts.ready");

        var path = Path.Combine(Fixture.ScreenshotDirectory, "data-upload.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Output.WriteLine($"screenshot: {path}");
        Assert.Empty(PageErrors);
    }

    private static async Task ChooseFileAsync(IPage page, string name, string text)
    {
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text),
        });
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Which column holds what?" })).ToBeVisibleAsync();
    }

    private static async Task MapColumnsAsync(IPage page)
    {
        await page.GetByLabel("Customer id").SelectOptionAsync("Kunde");
        await page.GetByLabel("Activity").SelectOptionAsync("Aktion");
        await page.GetByLabel("Timestamp").SelectOptionAsync("Zeit");
        await page.GetByLabel("Channel").SelectOptionAsync("Kanal");
    }

    private static ILocator Tile(IPage page, string label) =>
        page.Locator("dl div", new() { Has = page.Locator("dt", new() { HasTextString = label }) }).Locator("dd");

    private async Task<Dictionary<string, (long Events, long Customers)>> ActivitiesAsync()
    {
        var rows = await Api.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/activities");
        return rows.EnumerateArray().ToDictionary(
            r => r.GetProperty("name").GetString()!,
            r => (r.GetProperty("events").GetInt64(), r.GetProperty("customers").GetInt64()));
    }

    private async Task<HttpStatusCode> IngestAsync(string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/events")
        {
            Content = new StringContent("""[{"customerId":"key-check","activity":"Key checked","timestamp":"2026-11-01T10:00:00Z"}]""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Api.Http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>A CRM export with German headers (so nothing is guessed) for the picture.</summary>
    private static string SampleExport()
    {
        string[] activities = ["Visited pricing", "Started trial", "Invited teammate", "Connected bank", "Upgraded plan"];
        string[] channels = ["web", "app", "email"];
        var text = new StringBuilder("Kunde;Aktion;Zeit;Kanal;Plan\n");
        for (var i = 0; i < 24; i++)
        {
            var time = new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc).AddMinutes(i * 37);
            text.Append("cust-").Append(1040 + (i / 3)).Append(';').Append(activities[i % activities.Length]).Append(';')
                .Append(time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)).Append(';')
                .Append(channels[i % channels.Length]).Append(';').Append(i % 4 == 0 ? "Team" : "Starter").Append('\n');
        }

        return text.ToString();
    }
}
