using System.Net;
using System.Net.Http.Json;
using Waymark.Testing.ClickHouse;

namespace Waymark.Server.Tests.ClickHouse;

/// <summary>
/// The endpoints that ask statistics, funnels, the map's overlay, the process map or Explore's paths, on ClickHouse with pushdown on and off (ADR 064): the same JSON from
/// both; pushed down, the source's log is never read and nothing falls back to it (a question pushdown cannot answer
/// would, counted per kind: ADR 064). Trends and retention pushed down answer as a server keeping the same events
/// in SQLite (ADR 071).
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed partial class PushdownApiTests(ClickHouseFixture clickHouse, PushdownServers servers) : IClassFixture<PushdownServers>, IAsyncLifetime
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

    /// <summary>Trends and retention pushed down to ClickHouse answer as the engine does over the same events kept in SQLite.</summary>
    [StoreFact]
    public async Task TrendsAndRetention_PushedDownAndOnSqlite_SameJson()
    {
        var kinds = servers.OnAnalyses.Fallbacks("trend") + servers.OnAnalyses.Fallbacks("retention table");
        var (map, segment) = (servers.MapId, servers.SegmentIds[3]);
        string[] queries =
        [
            "trends?activity=Visit&nextActivity=Pay&from=2026-11-05&to=2026-11-12",
            $"trends?step=stp_cart&nextStep=stp_pay&map={map}&granularity=week&segment={segment}",
            "trends?activity=Ad&from=2026-10-20T06:00:00Z&to=2026-12-01&granularity=month",
            "retention",
            $"retention?startActivity=Ad&returnActivity=Pay&granularity=day&periods=10&from=2026-11-02&segment={servers.SegmentIds[1]}",
            $"retention?startStep=stp_ad&map={map}&granularity=month&periods=2",
        ];

        var differ = new List<string>();
        foreach (var query in queries)
        {
            differ.AddRange(await DifferenceAsync(query, http => http.GetAsync($"{Explore}/{query}"), servers.Sqlite));
        }

        Assert.Empty(differ);
        Assert.Equal(kinds, servers.OnAnalyses.Fallbacks("trend") + servers.OnAnalyses.Fallbacks("retention table"));
        Assert.False(servers.OnLogs.Holds(servers.Default));
    }

    /// <summary>
    /// A funnel with exclusions, a breakdown and periods, and the customers behind its bars, pushed down (ADR 076): the
    /// same JSON with pushdown on, off and on a server keeping the same events in SQLite; nothing falls back.
    /// </summary>
    [StoreFact]
    public async Task Funnel_ExclusionsBreakdownOverAndCustomers_SameOnAllThreeWithoutFallback()
    {
        var fallbacks = servers.OnAnalyses.Fallbacks("funnel") + servers.OnAnalyses.Fallbacks("funnel customer list");
        var exclusions = new[] { new { activity = "Other", after = 0 }, new { activity = "Cart", after = 1 } };
        object[] bodies =
        [
            new { steps = Steps("Ad", "Visit", "Pay"), exclusions, windowSeconds = 3 * 86_400, breakdown = new { by = "attribute", attribute = "plan", limit = 1 }, over = "day" },
            new { steps = Steps("Visit", "Cart", "Pay"), mode = "anyOrder", exclusions, breakdown = new { by = "channel", limit = 1 }, over = "month", from = "2026-11-03" },
            new { steps = Steps("Ad", "Visit", "Pay"), exclusions, breakdown = new { by = "attribute", attribute = "plan", limit = 1 }, step = 1, dropped = true, group = "other" },
            new { steps = Steps("Visit", "Cart", "Pay"), mode = "strict", exclusions, breakdown = new { by = "channel" }, step = 0, offset = 3, limit = 10 },
        ];

        var differ = new List<string>();
        for (var i = 0; i < bodies.Length; i++)
        {
            var route = i < 2 ? $"{Explore}/funnel" : $"{Explore}/funnel/customers";
            differ.AddRange(await DifferenceAsync($"{route} {i}", http => http.PostAsJsonAsync(route, bodies[i])));
            differ.AddRange(await DifferenceAsync($"{route} {i} (SQLite)", http => http.PostAsJsonAsync(route, bodies[i]), servers.Sqlite));
        }

        Assert.Empty(differ);
        using var page = await servers.On.PostAsJsonAsync($"{Explore}/funnel/customers", bodies[3]);
        Assert.Contains("\"id\":\"c", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal); // a page of customers, not an empty one
        Assert.Equal(fallbacks, servers.OnAnalyses.Fallbacks("funnel") + servers.OnAnalyses.Fallbacks("funnel customer list"));
        Assert.False(servers.OnLogs.Holds(servers.Default));
    }

    /// <summary>
    /// The process map (flow, coverage cut, variants, a map's design order) pushed down (ADR 070): the same JSON as
    /// the log's with pushdown off, and as a server on SQLite alone with the same events, map and segments.
    /// </summary>
    [StoreFact]
    public async Task ProcessMap_PushdownOnOffAndSqlite_SameJsonAndTheLogIsNeverRead()
    {
        var processMaps = servers.OnAnalyses.Fallbacks("process map");
        Func<string, IReadOnlyList<string>, string>[] queries =
        [
            (_, _) => "", (_, _) => "?activities=60&paths=50&top=3", (_, _) => "?activities=30&paths=1&top=1",
            (map, _) => $"?map={map}&top=50", (map, _) => $"?map={map}&activities=80&paths=70",
            (_, segments) => $"?from=2026-11-03&to=2026-11-12&segment={segments[3]}&paths=80", (map, segments) => $"?segment={segments[1]}&map={map}",
        ];

        var differ = new List<string>();
        foreach (var query in queries)
        {
            var onQuery = query(servers.MapId, servers.SegmentIds);
            differ.AddRange(await DifferenceAsync($"process map {onQuery}", http => http.GetAsync($"{Explore}/process{onQuery}")));
            using var on = await servers.On.GetAsync($"{Explore}/process{onQuery}");
            using var sqlite = await servers.Sqlite.GetAsync($"{Explore}/process{query(servers.SqliteMapId, servers.SqliteSegmentIds)}");
            var (onBody, sqliteBody) = (await on.Content.ReadAsStringAsync(), await sqlite.Content.ReadAsStringAsync());
            Assert.True(sqlite.StatusCode == HttpStatusCode.OK && onBody.Contains("\"variants\"", StringComparison.Ordinal), sqliteBody);
            if (Ids(onBody, servers.MapId, servers.SegmentIds) != Ids(sqliteBody, servers.SqliteMapId, servers.SqliteSegmentIds))
            {
                differ.Add($"process map {onQuery}: SQLite {sqliteBody}\npushdown {onBody}");
            }
        }

        Assert.Empty(differ);

        Assert.Equal(processMaps, servers.OnAnalyses.Fallbacks("process map"));
        Assert.False(servers.OnLogs.Holds(servers.Default));
    }

    /// <summary>
    /// Explore's paths Sankey pushed down (ADR 075): the same JSON as the log's with pushdown off and as a server on
    /// SQLite alone, forward and backward, from an activity or a map step, collapsed, with a period, a segment and a
    /// second one to compare; nothing falls back and the source's log is never read.
    /// </summary>
    [StoreFact]
    public async Task PathsSankey_PushdownOnOffAndSqlite_SameJsonAndTheLogIsNeverRead()
    {
        var sankeys = servers.OnAnalyses.Fallbacks("paths Sankey");
        var (map, segments) = (servers.MapId, servers.SegmentIds);
        string[] queries =
        [
            "paths", "paths?startActivity=Visit&depth=4&width=3&collapse=true", "paths?direction=backward&depth=10&width=20",
            $"paths?map={map}&startStep=stp_pay&direction=backward&segment={segments[1]}&compare={segments[0]}",
            $"paths?startActivity=Cart&from=2026-11-03&to=2026-11-12&segment={segments[3]}&width=1", "paths?startActivity=Nobody",
        ];

        var differ = new List<string>();
        foreach (var query in queries)
        {
            differ.AddRange(await DifferenceAsync(query, http => http.GetAsync($"{Explore}/{query}")));
            differ.AddRange(await DifferenceAsync($"{query} (SQLite)", http => http.GetAsync($"{Explore}/{query}"), servers.Sqlite));
        }

        Assert.Empty(differ);
        Assert.Equal(sankeys, servers.OnAnalyses.Fallbacks("paths Sankey"));
        Assert.False(servers.OnLogs.Holds(servers.Default));
        using var all = await servers.On.GetAsync($"{Explore}/paths");
        Assert.Contains("\"customers\":120", await all.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A body with the map's and segments' ids (which differ between two databases) named alike.</summary>
    private static string Ids(string body, string map, IReadOnlyList<string> segments) =>
        segments.Select((id, i) => (id, i)).Aggregate(body.Replace(map, "MAP", StringComparison.Ordinal),
            (text, s) => text.Replace(s.id, $"SEGMENT{s.i}", StringComparison.Ordinal));

    private static object[] Steps(params string[] activities) => [.. activities.Select(a => new { activity = a })];

    /// <summary>Asks the pushdown server and another (pushdown off unless given): both must answer 200; what differs between their JSON.</summary>
    private async Task<List<string>> DifferenceAsync(string what, Func<HttpClient, Task<HttpResponseMessage>> ask, HttpClient? other = null)
    {
        using var on = await ask(servers.On);
        using var off = await ask(other ?? servers.Off);
        var (onBody, offBody) = (await on.Content.ReadAsStringAsync(), await off.Content.ReadAsStringAsync());
        Assert.True(on.StatusCode == HttpStatusCode.OK, onBody);
        Assert.True(off.StatusCode == HttpStatusCode.OK, offBody);
        return offBody == onBody ? [] : [$"{what}: the other server {offBody}\npushdown on {onBody}"];
    }
}
