using System.Net;
using System.Net.Http.Json;
using Waymark.Testing.ClickHouse;

namespace Waymark.Server.Tests.ClickHouse;

/// <summary>
/// The endpoints that ask statistics, funnels, the map's overlay or the process map, on ClickHouse with pushdown on and off (ADR 064): the same JSON from
/// both; pushed down, the source's log is never read; a question pushdown cannot answer falls back to the log, is
/// counted, and still answers the same.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class PushdownApiTests(ClickHouseFixture clickHouse, PushdownServers servers) : IClassFixture<PushdownServers>, IAsyncLifetime
{
    private const string Explore = $"/api/workspaces/{PushdownServers.Ws}/explore";

    public Task InitializeAsync() => servers.StartAsync(clickHouse);

    public Task DisposeAsync() => Task.CompletedTask;

    [StoreFact]
    public async Task Endpoints_PushdownOnAndOff_SameJsonAndTheLogIsNeverRead()
    {
        var funnels = servers.OnAnalyses.Fallbacks("funnel") + servers.OnAnalyses.Fallbacks("activity list") + servers.OnAnalyses.Fallbacks("overlay");
        var (map, segments) = (servers.MapId, servers.SegmentIds);
        List<object> bodies =
        [
            new { steps = Steps("Ad", "Visit", "Pay") },
            new { steps = Steps("Visit", "Cart", "Pay"), mode = "strict", windowSeconds = 3 * 86_400, from = "2026-11-03", to = "2026-11-12" },
            new { steps = Steps("Pay", "Ad", "Cart"), mode = "anyOrder", windowSeconds = 86_400 },
            new { map, steps = new[] { new { stepId = "stp_ad" }, new { stepId = "stp_cart" }, new { stepId = "stp_pay" } } },
            new { steps = Steps("Ad", "Pay"), breakdown = new { by = "segment", segments } },
            .. segments.Select(segment => new { steps = Steps("Visit", "Pay"), segment, from = "2026-11-02" }),
        ];

        var differ = new List<string>();
        for (var i = 0; i < bodies.Count; i++)
        {
            differ.AddRange(await DifferenceAsync($"funnel {i}", http => http.PostAsJsonAsync($"{Explore}/funnel", bodies[i])));
        }

        differ.AddRange(await DifferenceAsync("activities", http => http.GetAsync($"/api/workspaces/{PushdownServers.Ws}/activities")));
        differ.AddRange(await DifferenceAsync("a map's activities", http => http.GetAsync($"/api/workspaces/{PushdownServers.Ws}/activities?mapId={map}")));

        var overlay = $"/api/workspaces/{PushdownServers.Ws}/maps/{map}/overlay";
        differ.AddRange(await DifferenceAsync("the overlay", http => http.GetAsync(overlay)));
        differ.AddRange(await DifferenceAsync("the overlay of a period, a segment against another", http =>
            http.GetAsync($"{overlay}?from=2026-11-02&to=2026-11-12&segment={segments[0]}&compare={segments[1]}")));

        Assert.Empty(differ);

        Assert.False(servers.OnLogs.Holds(servers.Default));
        Assert.True(servers.OffLogs.Holds(servers.Default));
        Assert.Equal(funnels, servers.OnAnalyses.Fallbacks("funnel") + servers.OnAnalyses.Fallbacks("activity list") + servers.OnAnalyses.Fallbacks("overlay"));
    }

    [StoreFact]
    public async Task Endpoints_OptionsNotPushedDown_FallBackToTheLogAndAnswerTheSame()
    {
        var source = servers.Shop.SourceId;
        var funnels = servers.OnAnalyses.Fallbacks("funnel");

        var differ = await DifferenceAsync("funnel", http => http.PostAsJsonAsync($"{Explore}/funnel", new
        {
            source, steps = Steps("Ad", "Pay"), exclusions = new[] { new { activity = "Other", after = 0 } }, over = "week",
        }));

        Assert.Empty(differ);

        Assert.Equal(funnels + 1, servers.OnAnalyses.Fallbacks("funnel"));
        Assert.True(servers.OnLogs.Holds(servers.Shop));
    }

    /// <summary>The process map (flow, coverage cut, variants, a map's design order) pushed down (ADR 070).</summary>
    [StoreFact]
    public async Task ProcessMap_PushdownOnAndOff_SameJsonAndTheLogIsNeverRead()
    {
        var processMaps = servers.OnAnalyses.Fallbacks("process map");
        var (map, segments) = (servers.MapId, servers.SegmentIds);
        string[] queries =
        [
            "", "?activities=60&paths=50&top=3", "?activities=30&paths=1&top=1", $"?map={map}&top=50", $"?map={map}&activities=80&paths=70",
            $"?from=2026-11-03&to=2026-11-12&segment={segments[3]}&paths=80", $"?segment={segments[1]}&map={map}",
        ];

        var differ = new List<string>();
        foreach (var query in queries)
        {
            differ.AddRange(await DifferenceAsync($"process map {query}", http => http.GetAsync($"{Explore}/process{query}")));
        }

        Assert.Empty(differ);

        Assert.Equal(processMaps, servers.OnAnalyses.Fallbacks("process map"));
        Assert.False(servers.OnLogs.Holds(servers.Default));
    }

    private static object[] Steps(params string[] activities) => [.. activities.Select(a => new { activity = a })];

    /// <summary>Asks both servers: both must answer 200; what differs between their JSON, if anything.</summary>
    private async Task<List<string>> DifferenceAsync(string what, Func<HttpClient, Task<HttpResponseMessage>> ask)
    {
        using var on = await ask(servers.On);
        using var off = await ask(servers.Off);
        var (onBody, offBody) = (await on.Content.ReadAsStringAsync(), await off.Content.ReadAsStringAsync());
        Assert.True(on.StatusCode == HttpStatusCode.OK, onBody);
        Assert.True(off.StatusCode == HttpStatusCode.OK, offBody);
        return offBody == onBody ? [] : [$"{what}: pushdown off {offBody}\npushdown on {onBody}"];
    }
}
