using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using Waymark.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Waymark.Browser.Tests.AcceptanceMap;

namespace Waymark.Browser.Tests;

/// <summary>
/// Journey rules on the map (issue 19 items 3 and 4): a stall rule started from a step's menu is prefilled (this step,
/// the next, one day), backtested over the past month of this test's customers, switched on; events sent through the
/// ingestion API with an API key make it fire, and the delivery to a real loopback receiver shows in the rule's
/// firings and in the endpoint's delivery log.
/// </summary>
public sealed class RulesBrowserTests : BrowserTest, IClassFixture<HookServer>
{
    private readonly HookServer _server;

    public RulesBrowserTests(BrowserFixture fixture, HookServer server, ITestOutputHelper output)
        : base(fixture, output)
    {
        _server = server;
    }

    [Fact]
    public async Task StallRule_FromAStep_Backtested_SwitchedOn_FiresAndDelivers()
    {
        using var http = WaymarkHttp.Client(_server.Address);
        var api = new WaymarkApi(http);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var map = Create($"Rules {tag}");
        foreach (var step in map.Stages.SelectMany(s => s.Steps))
        {
            step.Binding = new StepBinding { Activities = [$"{step.Id} {tag}"] };
        }

        var mapId = await api.CreateMapAsync(map);
        await new JourneyEvents().Add($"{tag}-past", 120, "web", [
            new($"{Search} {tag}", 1, TimeSpan.Zero), new($"{Compare} {tag}", 0.8, TimeSpan.FromHours(2)),
            new($"{Checkout} {tag}", 0.5, TimeSpan.FromHours(3)), new($"{Pay} {tag}", 0.9, TimeSpan.FromHours(1)),
        ], seed: 53, DateTime.UtcNow.Date).IngestAsync(http);
        using var hook = await http.PostAsJsonAsync($"/api/workspaces/{WaymarkApi.DemoWorkspace}/webhooks",
            new { url = _server.Receiver.Url, description = "rules receiver", events = new[] { "customer.stalled" } });
        hook.EnsureSuccessStatusCode();
        var secret = (await hook.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;

        var page = await NewPageAsync(_server.Address);
        await OpenMapByIdAsync(page, mapId);
        await StepHeader(page, Compare).Locator("[data-testid=\"step-menu\"]").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "When customers stall here…" }).ClickAsync();

        var panel = page.Locator("[data-testid=\"rules-panel\"]");
        var editor = panel.Locator("[data-testid=\"rule-editor\"]");
        await Expect(editor).ToBeVisibleAsync();
        await Expect(editor.Locator("[data-testid=\"rule-name\"]")).ToHaveValueAsync("Stalled after Compares offers");
        await Expect(editor.Locator("[data-testid=\"rule-kind\"]")).ToHaveValueAsync("stalled");
        await Expect(editor.Locator("[data-testid=\"rule-step\"]")).ToHaveValueAsync(Compare);
        await Expect(editor.Locator("[data-testid=\"rule-until-step\"]")).ToHaveValueAsync(Checkout);
        await Expect(editor.Locator("[data-testid=\"rule-within\"]")).ToHaveValueAsync("1");
        await Expect(editor.GetByLabel("Within: unit")).ToHaveValueAsync("days");

        // The form's checks name the field before anything is sent.
        await editor.Locator("[data-testid=\"rule-within\"]").FillAsync("0.5");
        await editor.GetByLabel("Within: unit").SelectOptionAsync("minutes");
        await editor.Locator("[data-testid=\"save-rule\"]").ClickAsync();
        await Expect(editor.Locator("[data-testid=\"field-error\"]")).ToContainTextAsync("one minute to one year");

        await editor.Locator("[data-testid=\"rule-within\"]").FillAsync("1");
        await editor.Locator("[data-testid=\"rule-webhook\"]").CheckAsync();
        await ScreenshotAsync(page, "rule-editor");
        await editor.Locator("[data-testid=\"run-backtest\"]").ClickAsync();
        var result = editor.Locator("[data-testid=\"backtest-result\"]");
        await Expect(result).ToContainTextAsync("Would have fired for", new() { Timeout = 30_000 });
        await ScreenshotAsync(page, "rule-backtest");
        AxeCheck.AssertNone("rule editor", await AxeCheck.ViolationsAsync(page, "rule editor", panel));
        await editor.Locator("[data-testid=\"switch-on\"]").ClickAsync();
        await Expect(panel.Locator("[data-testid=\"rule-firings\"]")).ToBeVisibleAsync(); // saved: the panel shows the rule
        await Expect(panel.Locator(".badge").GetByText("On", new() { Exact = true })).ToBeVisibleAsync();

        var rules = await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/rules");
        var rule = rules.EnumerateArray().Single();
        Assert.True(rule.GetProperty("enabled").GetBoolean());
        Assert.Equal(60, rule.GetProperty("trigger").GetProperty("withinSeconds").GetInt32());
        var ruleId = rule.GetProperty("id").GetString()!;

        // A test send reaches the receiver as the rule's event type; nothing else changes.
        await panel.Locator("[data-testid=\"rule-test\"]").ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Status).Filter(new() { HasText = "Test queued to 1 webhook" })).ToBeVisibleAsync();
        await _server.Receiver.WaitAsync(r => r.Count >= 1);
        Assert.Contains("customer.stalled", _server.Receiver.Requests[0].Body, StringComparison.Ordinal);

        // A customer compares offers and does not check out within the minute: the rule fires and delivers.
        var customer = $"stall-{tag}";
        await IngestAsync(http, [
            new { id = $"{customer}-1", customerId = customer, activity = $"{Search} {tag}", timestamp = DateTime.UtcNow.AddMinutes(-3), channel = "web" },
            new { id = $"{customer}-2", customerId = customer, activity = $"{Compare} {tag}", timestamp = DateTime.UtcNow.AddMinutes(-2), channel = "web" },
        ]);
        await _server.Receiver.WaitAsync(r => r.Any(x => x.Body.Contains(customer, StringComparison.Ordinal)), seconds: 150);
        var received = _server.Receiver.Requests.First(x => x.Body.Contains(customer, StringComparison.Ordinal));
        Assert.True(LoopbackReceiver.Verifies(received, secret), "the rule's webhook is signed with the endpoint's secret");
        Assert.Contains("customer.stalled", received.Body, StringComparison.Ordinal);

        var firing = panel.Locator("[data-testid=\"rule-firings\"] li[data-firing-id]").Filter(new() { HasText = customer });
        await Expect(firing).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(firing.Locator($"li[data-delivery-id=\"{received.Id}\"]")).ToHaveAttributeAsync("data-state", "delivered", new() { Timeout = 20_000 });
        await ScreenshotAsync(page, "rule-firings");

        await panel.GetByRole(AriaRole.Button, new() { Name = "← All rules" }).ClickAsync();
        var row = panel.Locator($"li[data-rule-id=\"{ruleId}\"]");
        await Expect(row).ToContainTextAsync("Stalls after Compares offers: not at Checks out within 1 minute");
        await Expect(row).ToContainTextAsync("Last fired", new() { Timeout = 40_000 });
        await ScreenshotAsync(page, "rule-list");

        // The endpoint's delivery log under Data → Webhooks shows the same delivery.
        await page.GotoAsync("/data/webhooks");
        await page.Locator("[data-testid=\"webhook-deliveries\"]").ClickAsync();
        await Expect(page.Locator($"tr[data-delivery-id=\"{received.Id}\"]")).ToHaveAttributeAsync("data-state", "delivered");
        Assert.Empty(PageErrors);
    }

    private static async Task IngestAsync(HttpClient http, object[] events)
    {
        using var created = await http.PostAsJsonAsync($"/api/workspaces/{WaymarkApi.DemoWorkspace}/api-keys", new { name = "rules test" });
        created.EnsureSuccessStatusCode();
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/events")
        {
            Content = new StringContent(JsonSerializer.Serialize(events), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"ingestion answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
