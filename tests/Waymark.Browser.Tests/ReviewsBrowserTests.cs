using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// A map past its review-by date on the demo server: the map list and the open map flag it stale, the owner's inbox
/// reminds them, and "Mark reviewed" (asking for the next date, the map having no interval) records the review and
/// takes the flag and the reminder away. On the demo the one member is the local owner, "local".
/// </summary>
public sealed class ReviewsBrowserTests : BrowserTest
{
    public ReviewsBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
        : base(fixture, output)
    {
    }

    [Fact]
    public async Task StaleMap_OwnerMarksItReviewed_FlagAndReminderGoAndTheReviewIsRecorded()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var dueOn = today.AddDays(-12);
        var map = AcceptanceMap.Create($"Stale review {Guid.NewGuid().ToString("N")[..6]}");
        map.Scope.OwnerId = "local";
        map.Scope.ReviewBy = dueOn;
        var id = await Api.CreateMapAsync(map);
        var stale = $"Stale — review was due on {dueOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";
        var page = await NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page.Locator($"[data-testid=\"map-card\"][data-map-id=\"{id}\"] [data-testid=\"map-stale\"]")).ToHaveTextAsync(stale);
        await page.GetByTestId("inbox-button").ClickAsync();
        var reminder = page.GetByTestId("inbox-review").Filter(new() { HasText = map.Name });
        await Expect(reminder).ToContainTextAsync(stale);
        await reminder.ClickAsync();
        await page.Locator(CompleteGridSelector).WaitForAsync();

        var strip = page.GetByTestId("review-strip");
        await Expect(strip.GetByTestId("stale-flag")).ToHaveTextAsync(stale);
        await Expect(strip.GetByTestId("review-owner")).ToContainTextAsync("Owner: You");
        await ScreenshotAsync(page, "review-stale-strip");
        await strip.GetByTestId("mark-reviewed").ClickAsync();
        var next = strip.GetByTestId("next-review-by");
        await Expect(next).ToHaveValueAsync(today.AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await next.FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Expect(strip.GetByRole(AriaRole.Button, new() { Name = "Mark reviewed" })).ToBeDisabledAsync();
        await next.FillAsync(today.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await ScreenshotAsync(page, "review-next-date");
        await strip.GetByRole(AriaRole.Button, new() { Name = "Mark reviewed" }).ClickAsync();

        await Expect(strip).ToHaveCountAsync(0);
        await Expect(SaveStatus(page)).ToHaveAttributeAsync("data-state", "saved");
        var stored = await Api.GetMapAsync(id);
        Assert.Equal(today, stored.Scope.ReviewedOn);
        Assert.Equal(today.AddDays(60), stored.Scope.ReviewBy);
        Assert.False(string.IsNullOrEmpty(stored.Scope.ReviewedBy));
        await page.GotoAsync("/");
        await Expect(page.Locator($"[data-testid=\"map-card\"][data-map-id=\"{id}\"]")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid=\"map-card\"][data-map-id=\"{id}\"] [data-testid=\"map-stale\"]")).ToHaveCountAsync(0);
        await page.GetByTestId("inbox-button").ClickAsync();
        await Expect(page.GetByTestId("inbox-review").Filter(new() { HasText = map.Name })).ToHaveCountAsync(0);
        Assert.Empty(PageErrors);
    }
}
