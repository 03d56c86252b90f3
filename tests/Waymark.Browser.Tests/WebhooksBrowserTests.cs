using Microsoft.Playwright;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The webhooks settings (Data → Webhooks): a bad URL is named before it is sent, a created endpoint shows its secret
/// once, a test send reaches a real loopback receiver signed with that secret and shows in the delivery log with the
/// receiver's answer as text, replay sends the same webhook-id again, disable says why, delete asks first.
/// </summary>
public sealed class WebhooksBrowserTests : BrowserTest, IClassFixture<HookServer>
{
    private readonly HookServer _server;

    public WebhooksBrowserTests(BrowserFixture fixture, HookServer server, ITestOutputHelper output)
        : base(fixture, output)
    {
        _server = server;
    }

    [Fact]
    public async Task Webhooks_CreateShowsTheSecretOnce_TestSendAppearsInTheLog()
    {
        var page = await NewPageAsync(_server.Address);
        await page.GotoAsync("/data/webhooks");
        var panel = page.Locator("[data-testid=\"webhooks-panel\"]");
        await Expect(panel.GetByText("No webhooks yet")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Webhooks" })).ToHaveAttributeAsync("aria-selected", "true");
        await ScreenshotAsync(page, "webhooks-empty");

        // The form names what is wrong before anything is sent.
        await panel.Locator("[data-testid=\"new-webhook\"]").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "New webhook" });
        await dialog.Locator("[data-testid=\"webhook-url\"]").FillAsync("javascript:alert(1)");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create webhook" }).ClickAsync();
        await Expect(dialog.GetByText("The URL starts with https:// (or http://).")).ToBeVisibleAsync();
        await dialog.Locator("[data-testid=\"webhook-url\"]").FillAsync(_server.Receiver.Url);
        await dialog.GetByLabel("Description").FillAsync("<b>CRM</b> follow-ups");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create webhook" }).ClickAsync();

        var created = page.GetByRole(AriaRole.Dialog, new() { Name = "Your new webhook" });
        var secretBox = created.Locator("[data-testid=\"webhook-secret\"]");
        await Expect(secretBox).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^whsec_"));
        await Expect(created.GetByText("you will not see it again")).ToBeVisibleAsync();
        var secret = (await secretBox.TextContentAsync())!;
        await ScreenshotAsync(page, "webhooks-secret-once");
        await created.GetByRole(AriaRole.Button, new() { Name = "Done, I copied it" }).ClickAsync();

        var item = panel.Locator("li[data-webhook-id]");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item.Locator("[data-testid=\"webhook-url-text\"]")).ToHaveTextAsync(_server.Receiver.Url);
        await Expect(item.GetByText("<b>CRM</b> follow-ups")).ToBeVisibleAsync(); // typed markup stays text
        await Expect(item.Locator("b")).ToHaveCountAsync(0);
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal); // once means once

        // Test send: the receiver gets it signed with the secret; the log shows it delivered with the answer as text.
        await item.Locator("[data-testid=\"webhook-test\"]").ClickAsync();
        await _server.Receiver.WaitAsync(r => r.Count >= 1);
        var first = _server.Receiver.Requests[0];
        Assert.True(LoopbackReceiver.Verifies(first, secret), "the test send is signed with the secret shown once");
        Assert.Contains("webhook.test", first.Body, StringComparison.Ordinal);
        var log = item.Locator("[data-testid=\"delivery-log\"]");
        var row = log.Locator($"tr[data-delivery-id=\"{first.Id}\"]");
        await Expect(row).ToHaveAttributeAsync("data-state", "delivered", new() { Timeout = 20_000 });
        await Expect(row.Locator("[data-testid=\"delivery-status\"]")).ToHaveTextAsync("HTTP 200");
        await row.Locator("summary").ClickAsync();
        await Expect(row.Locator("[data-testid=\"delivery-body\"]")).ToHaveTextAsync($"<b>ok</b> {first.Id}");
        await Expect(row.Locator("b")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "webhooks-delivery-log");
        AxeCheck.AssertNone("webhooks settings", await AxeCheck.ViolationsAsync(page, "webhooks settings", panel));

        // Replay sends the same webhook-id again.
        await row.GetByRole(AriaRole.Button, new() { Name = "Replay" }).ClickAsync();
        await _server.Receiver.WaitAsync(r => r.Count >= 2);
        Assert.Equal(first.Id, _server.Receiver.Requests[1].Id);
        await Expect(row).ToHaveAttributeAsync("data-state", "delivered", new() { Timeout = 20_000 });

        // Disabled, it says why and cannot send a test.
        await item.GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await Expect(item.Locator("[data-testid=\"webhook-disabled-reason\"]")).ToContainTextAsync("disabled by");
        await Expect(item.Locator("[data-testid=\"webhook-test\"]")).ToBeDisabledAsync();

        await item.GetByRole(AriaRole.Button, new() { Name = $"Delete {_server.Receiver.Url}" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog, new() { Name = "Delete this webhook?" }).GetByRole(AriaRole.Button, new() { Name = "Delete webhook" }).ClickAsync();
        await Expect(panel.GetByText("No webhooks yet")).ToBeVisibleAsync();
        Assert.Empty(PageErrors);
    }
}
