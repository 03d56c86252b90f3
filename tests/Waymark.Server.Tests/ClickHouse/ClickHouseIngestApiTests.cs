using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Sources;
using Waymark.Testing.ClickHouse;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests.ClickHouse;

/// <summary>
/// The ingestion API end to end on a server whose events live in ClickHouse (Events:Store=ClickHouse), on one server
/// and on a two-shard cluster (started only by the test that uses it): the same batches sent to it and to a server on
/// SQLite alone get the same answers, activities and overlay.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseIngestApiTests(ClickHouseFixture clickHouse, ClickHouseClusterFixture cluster) : IClassFixture<ClickHouseClusterFixture>, IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Activities = ["Ad", "Visit", "Cart", "Pay", "PayLater", "Other"];
    private readonly List<IDisposable> _owned = [];

    [StoreFact]
    public Task IngestThenOverlay_OnClickHouse_EqualsTheSameEventsOnSqlite() => IngestThenOverlayAsync(new Dictionary<string, string>
    {
        ["Events:Store"] = "ClickHouse",
        ["Events:ClickHouse:Url"] = clickHouse.Server.Url.ToString(),
        ["Events:ClickHouse:Database"] = clickHouse.Server.NewDatabaseName(),
    });

    [StoreFact]
    public Task IngestThenOverlay_OnATwoShardCluster_EqualsTheSameEventsOnSqlite() => IngestThenOverlayAsync(ClusterSettings());

    [StoreFact]
    public async Task Ingest_ConcurrentRequestsWithOverlappingIdsOnATwoShardCluster_CountEachIdOnce()
    {
        var (server, _) = Server(ClusterSettings());
        var (_, key) = await CreateKeyAsync(server.Client);

        // Eight requests at once, each repeating half of the ids of the one before: e0..e179 once each.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async b =>
        {
            using var response = await PostAsync(server.Client, key, Array([.. Enumerable.Range(0, 40).Select(i => Event($"c{i}", "Visit", id: $"e{(b * 20) + i}"))]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await JsonAsync(response);
            return (Accepted: body.GetProperty("accepted").GetInt32(), Duplicates: body.GetProperty("duplicates").GetInt32());
        }));

        Assert.Equal(180, answers.Sum(a => a.Accepted));
        Assert.Equal((8 * 40) - 180, answers.Sum(a => a.Duplicates));
        Assert.Equal((180L, 40L), (await ActivitiesAsync(server.Client))["Visit"]);
    }

    private async Task IngestThenOverlayAsync(Dictionary<string, string> settings)
    {
        var (onClickHouse, relational) = Server(settings);
        var (onSqlite, _) = Server([]);
        var batches = Batches(seed: 7, customers: 250);

        var answers = await Task.WhenAll(IngestAsync(onClickHouse.Client, batches), IngestAsync(onSqlite.Client, batches));
        var overlays = await Task.WhenAll(OverlayAsync(onClickHouse.Client), OverlayAsync(onSqlite.Client));

        Assert.Equal(answers[1], answers[0]);
        Assert.Contains("\"duplicates\":", answers[0][^1], StringComparison.Ordinal);
        Assert.Equal(await ActivitiesAsync(onSqlite.Client), await ActivitiesAsync(onClickHouse.Client));
        Assert.Contains("\"customers\":", overlays[0], StringComparison.Ordinal);
        Assert.Equal(overlays[1], overlays[0]);
        Assert.False(await relational.HasDataAsync(EventSources.DefaultKey(ApiClient.Workspace)));
        Assert.True(await onClickHouse.Factory.Services.GetRequiredService<IEventStore>().HasDataAsync(EventSources.DefaultKey(ApiClient.Workspace)));
    }

    [StoreFact]
    public async Task Ingest_BadAndHostileEvents_RejectedByIndexOrStoredAsText()
    {
        var (server, _) = Server(new Dictionary<string, string>
        {
            ["Events:Store"] = "ClickHouse",
            ["Events:ClickHouse:Url"] = clickHouse.Server.Url.ToString(),
            ["Events:ClickHouse:Database"] = clickHouse.Server.NewDatabaseName(),
        });
        var (_, key) = await CreateKeyAsync(server.Client);
        const string Hostile = "<script>alert('x')</script>\t\\N \\' \"";

        using var response = await PostAsync(server.Client, key, Array(
            Event("c1", Hostile, id: "e1"), Event("c1", "", id: "e2"), Event("c2", "Visited", time: "yesterday"), Event("c1", Hostile, id: "e1")));

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal((1, 1), (body.GetProperty("accepted").GetInt32(), body.GetProperty("duplicates").GetInt32()));
        Assert.Equal([1, 2], body.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("index").GetInt32()));
        Assert.Equal((1L, 1L), (await ActivitiesAsync(server.Client))[Hostile]);
    }

    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }
    }

    private Dictionary<string, string> ClusterSettings() => new()
    {
        ["Events:Store"] = "ClickHouse",
        ["Events:ClickHouse:Url"] = cluster.Cluster.Servers[1].Url.ToString(),
        ["Events:ClickHouse:Database"] = cluster.NewDatabaseName(),
        ["Events:ClickHouse:Cluster"] = ClickHouseCluster.Name,
        ["Events:ClickHouse:Servers:0"] = cluster.Cluster.Servers[0].Url.ToString(),
        ["Events:ClickHouse:Servers:1"] = cluster.Cluster.Servers[1].Url.ToString(),
    };

    /// <summary>A server on a fresh SQLite file with these settings, and the relational event store of that file.</summary>
    private ((WaymarkFactory Factory, HttpClient Client) Server, IEventStore Relational) Server(Dictionary<string, string> settings)
    {
        var connection = TempSqlite.NewMigratedConnectionString();
        var factory = new WaymarkFactory("Sqlite", connection, settings);
        var client = factory.CreateClient();
        var relational = EventStoreFactory.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connection });
        _owned.AddRange([factory, client]);
        return ((factory, client), relational);
    }

    /// <summary>Random journeys over 20 days as JSON batches; every event has an id and some are sent twice.</summary>
    private static List<string> Batches(int seed, int customers)
    {
        var random = new Random(seed);
        var events = new List<string>();
        for (var c = 0; c < customers; c++)
        {
            var minute = random.Next(0, 60 * 24 * 15);
            for (var e = random.Next(1, 12); e > 0; e--)
            {
                minute += random.Next(1, 900);
                var time = T0.AddMinutes(minute).ToString("O", CultureInfo.InvariantCulture);
                var json = Event($"c{c}", Activities[random.Next(Activities.Length)], time, id: $"c{c}-{e}", channel: random.Next(2) == 0 ? "ads" : null);
                events.Add(json);
                if (random.Next(10) == 0)
                {
                    events.Add(json);
                }
            }
        }

        return [.. events.Chunk(300).Select(batch => Array(batch))];
    }

    private static async Task<List<string>> IngestAsync(HttpClient http, List<string> batches)
    {
        var (_, key) = await CreateKeyAsync(http);
        var answers = new List<string>();
        foreach (var batch in batches)
        {
            using var response = await PostAsync(http, key, batch);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            answers.Add(body);
        }

        return answers;
    }

    /// <summary>A map whose steps are bound to the activities (one with a PayLater alternative), and its overlay's JSON.</summary>
    private static async Task<string> OverlayAsync(HttpClient http)
    {
        var id = await ActivityMaps.CreateAsync(http);
        using var response = await http.GetAsync($"{ApiClient.MapUrl(id)}/overlay?from=2026-11-01&to=2026-11-20T00:00:00Z");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        // Everything but the map's own id, which each server draws at random.
        var figures = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body)!;
        Assert.True(figures.Remove("mapId"));
        return JsonSerializer.Serialize(figures);
    }
}
