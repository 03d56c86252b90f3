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
/// The live view on the map (issue 19 item 4): a stall rule from Compare to Checkout within an hour, three customers
/// ingested at Compare, the live view switched on from the Evidence menu reads 3 in flight there; the server's clock
/// moves on 20 minutes so one deadline passes and the sweeper fires it, and the next refresh reads 2 in flight and 1
/// stalled. A failed refresh keeps the figures and says it is retrying; the rules marker opens the step's rules.
/// </summary>
public sealed class LiveViewBrowserTests : BrowserTest, IClassFixture<LiveServer>
{
    private readonly LiveServer _server;

    public LiveViewBrowserTests(BrowserFixture fixture, LiveServer server, ITestOutputHelper output)
        : base(fixture, output)
    {
        _server = server;
    }

    [Fact]
    public async Task LiveView_ThreeInFlight_OneStallsAfterTheDeadline_RefreshShowsTwoAndOne()
    {
        using var http = WaymarkHttp.Client(_server.Address);
        var api = new WaymarkApi(http);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var map = Create($"Live {tag}");
        foreach (var step in map.Stages.SelectMany(s => s.Steps))
        {
            step.Binding = new StepBinding { Activities = [$"{step.Id} {tag}"] };
        }

        var mapId = await api.CreateMapAsync(map);
        var rules = $"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/rules";
        using (var created = await http.PostAsJsonAsync(rules, new
        {
            name = "Stalled after comparing", enabled = true,
            trigger = new { kind = "stalled", stepId = Compare, untilStepId = Checkout, withinSeconds = 3600 },
            conditions = new { attributes = Array.Empty<object>() }, frequency = new { reentry = "once" },
            actions = new { webhookEndpointIds = Array.Empty<string>(), activityFeed = true },
        }))
        {
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        // c1 compared 50 minutes ago (its hour ends 10 minutes from now); c2 and c3 just now.
        var now = DateTime.UtcNow;
        await IngestAsync(http, [.. new[] { ("c1", 3000), ("c2", 1), ("c3", 1) }.SelectMany(c => new object[]
        {
            new { id = $"{tag}-{c.Item1}-1", customerId = $"{tag}-{c.Item1}", activity = $"{Search} {tag}", timestamp = now.AddSeconds(-c.Item2 - 60), channel = "web" },
            new { id = $"{tag}-{c.Item1}-2", customerId = $"{tag}-{c.Item1}", activity = $"{Compare} {tag}", timestamp = now.AddSeconds(-c.Item2), channel = "web" },
        })]);
        await InFlightAsync(http, mapId, 3);

        var page = await NewPageAsync(_server.Address);
        await OpenMapByIdAsync(page, mapId);
        await page.GetByTestId("evidence-menu").GetByRole(AriaRole.Button).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Live view: in flight and stalled now" }).ClickAsync();

        var legend = page.GetByTestId("live-legend");
        var chip = page.Locator($"[data-testid=\"live-chip\"][data-step-id=\"{Compare}\"]");
        await Expect(chip.GetByTestId("live-in-flight")).ToHaveAttributeAsync("data-value", "3");
        await Expect(chip.GetByTestId("live-in-flight")).ToContainTextAsync("3 in flight");
        await Expect(chip.GetByTestId("live-stalled")).ToHaveAttributeAsync("data-value", "0");
        await Expect(legend).ToContainTextAsync("In flight: reached the step, its stall rule’s wait not over");
        await Expect(legend).ToContainTextAsync("Stalled in the last 24 h");
        await Expect(legend.GetByTestId("live-as-of")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^as of \d\d:\d\d:\d\d$"));
        await Expect(page.Locator($"[data-testid=\"live-chip\"][data-step-id=\"{Search}\"]")).ToHaveCountAsync(0); // nothing counted or acting there
        await Expect(page.Locator($"[data-testid=\"live-chip\"][data-step-id=\"{Checkout}\"]")).ToContainTextAsync("No stall rule");
        await Expect(page.Locator($"[data-testid=\"live-chip\"][data-step-id=\"{Checkout}\"] [data-testid=\"live-rules\"]")).ToHaveAttributeAsync("data-value", "1");
        var firstAsOf = await legend.GetByTestId("live-as-of").TextContentAsync();
        await ScreenshotAsync(page, "live-view-in-flight");

        // Twenty minutes on: c1's hour is up (not c2's and c3's), the sweeper fires its stall, the next refresh shows it.
        _server.Clock.Shift = TimeSpan.FromMinutes(20);
        await Expect(chip.GetByTestId("live-stalled")).ToHaveAttributeAsync("data-value", "1", new() { Timeout = 30_000 });
        await Expect(chip.GetByTestId("live-in-flight")).ToHaveAttributeAsync("data-value", "2");
        Assert.NotEqual(firstAsOf, await legend.GetByTestId("live-as-of").TextContentAsync());
        await ScreenshotAsync(page, "live-view");
        AxeCheck.AssertNone("live view", await AxeCheck.ViolationsAsync(page, "live view", legend));

        // A refresh that fails keeps the figures and says so quietly; the next one clears it.
        await page.RouteAsync("**/live", route => route.FulfillAsync(new() { Status = 503, Body = "down" }));
        await Expect(legend.GetByTestId("live-error")).ToContainTextAsync("Couldn’t refresh — retrying", new() { Timeout = 30_000 });
        await Expect(chip.GetByTestId("live-in-flight")).ToHaveAttributeAsync("data-value", "2");
        await ScreenshotAsync(page, "live-view-refresh-failed");
        await page.UnrouteAsync("**/live");
        await Expect(legend.GetByTestId("live-error")).ToBeHiddenAsync(new() { Timeout = 30_000 });

        // The rules marker opens the rules panel on the step's rules.
        await chip.GetByTestId("live-rules").ClickAsync();
        var panel = page.GetByTestId("rules-panel");
        await Expect(panel.GetByTestId("rules-step-filter")).ToContainTextAsync("Rules at");
        await Expect(panel.Locator("li[data-rule-id]")).ToHaveCountAsync(1);
        await Expect(panel.Locator("li[data-rule-id]")).ToContainTextAsync("Stalled after comparing");

        // Off from the legend: the chips go.
        await legend.GetByTestId("live-off").ClickAsync();
        await Expect(page.GetByTestId("live-chip")).ToHaveCountAsync(0);
        Assert.Empty(PageErrors);
    }

    private static async Task InFlightAsync(HttpClient http, string mapId, int expected)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        var seen = -1;
        while (DateTime.UtcNow < until)
        {
            var live = await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/live");
            seen = live.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("stepId").GetString() == Compare).GetProperty("inFlight").GetInt32();
            if (seen == expected)
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"the evaluator armed {seen} stall timers at {Compare}, not {expected}");
    }

    private static async Task IngestAsync(HttpClient http, object[] events)
    {
        using var created = await http.PostAsJsonAsync($"/api/workspaces/{WaymarkApi.DemoWorkspace}/api-keys", new { name = "live test" });
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
