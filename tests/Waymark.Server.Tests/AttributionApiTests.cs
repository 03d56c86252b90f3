using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Analytics.Attribution;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Overlay;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests;

/// <summary>
/// Attribution through the API: events ingested, steps bound by PUTting the map, credits compared with the engine
/// run on the same events independently; segments and bad queries. Each provider runs all.
/// </summary>
public abstract class AttributionApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Activities = ["Ad", "Visit", "Pay", "Other"];
    private static readonly string?[] Channels = ["ads", "email", "search", null];

    private static readonly OverlayStage[] EngineStages =
        [new("stg_buy", [new OverlayStep("stp_ad", "Ad"), new OverlayStep("stp_visit", "Visit"), new OverlayStep("stp_pay", "Pay")])];

    [Theory]
    [InlineData("channel", AttributionDimension.Channel)]
    [InlineData("touchpoint", AttributionDimension.Touchpoint)]
    public async Task Attribution_BoundMap_CreditsEqualTheEngineOnTheSameEvents(string by, AttributionDimension dimension)
    {
        var events = RandomEvents(seed: 4, customers: 300);
        await IngestAsync(events);
        var mapId = await PutMapAsync();

        var answer = await AttributionAsync(mapId, $"?by={by}&from=2026-11-02&to=2026-11-18");

        var expected = AttributionEngine.Compute(Log(events), new AttributionOptions
        {
            Stages = EngineStages, By = dimension, Filter = new EventFilter { From = T0.AddDays(1), To = T0.AddDays(17) },
        });
        Assert.True(expected.Conversions > 10);
        Assert.Equal((by, "stp_pay", "all"), (answer.GetProperty("by").GetString(), answer.GetProperty("outcomeStepId").GetString(), answer.GetProperty("segmentKey").GetString()));
        Assert.Equal("2026-11-02T00:00:00Z", answer.GetProperty("from").GetString());
        Assert.Equal((expected.Customers, expected.Conversions), (answer.GetProperty("customers").GetInt64(), answer.GetProperty("conversions").GetInt64()));
        var players = answer.GetProperty("players").EnumerateArray().ToList();
        Assert.Equal(expected.Players.Select(p => p.Name), players.Select(p => p.GetProperty("name").GetString()));
        for (var i = 0; i < players.Count; i++)
        {
            var (want, got) = (expected.Players[i].Credits, players[i].GetProperty("credits"));
            Assert.Equal(want.Linear, got.GetProperty("linear").GetDouble(), 9);
            Assert.Equal(want.TimeDecay, got.GetProperty("timeDecay").GetDouble(), 9);
            Assert.Equal(want.MarkovFirstOrder!.Value, got.GetProperty("markovFirstOrder").GetDouble(), 9);
            Assert.Equal(want.MarkovSecondOrder!.Value, got.GetProperty("markovSecondOrder").GetDouble(), 9);
            Assert.Equal(want.Shapley!.Value, got.GetProperty("shapley").GetDouble(), 9);
            Assert.Equal(expected.Players[i].Touches, players[i].GetProperty("touches").GetInt64());
        }

        Assert.Equal(expected.Notes, answer.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task Attribution_Segment_OnlyItsCustomersAndItsName()
    {
        await IngestAsync(RandomEvents(seed: 6, customers: 120));
        var segmentId = await CreateSegmentAsync("From ads", """{"channels": ["ads"]}""");
        var mapId = await PutMapAsync();

        var all = await AttributionAsync(mapId, "");
        var answer = await AttributionAsync(mapId, $"?segment={segmentId}");

        Assert.Equal((segmentId, "From ads"), (answer.GetProperty("segmentKey").GetString(), answer.GetProperty("segmentName").GetString()));
        Assert.InRange(answer.GetProperty("customers").GetInt64(), 1, all.GetProperty("customers").GetInt64() - 1);
        Assert.Equal("channel", answer.GetProperty("by").GetString());
    }

    [Theory]
    [InlineData("?by=region", "by")]
    [InlineData("?by=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "by")]
    [InlineData("?by=Channel", "by")]
    [InlineData("?from=2026-11-05&to=2026-11-01", "to")]
    [InlineData("?from=soon", "from")]
    public async Task Attribution_BadQuery_400NamingTheParameter(string query, string field)
    {
        var mapId = await PutMapAsync();

        using var response = await Http.GetAsync($"{ApiClient.MapUrl(mapId)}/attribution{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiClient.ProblemAsync(response);
        Assert.NotEmpty(ApiClient.ErrorsAt(problem, field));
        Assert.DoesNotContain("<script>", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attribution_UnknownSegmentOrMap_404NamingIt()
    {
        var mapId = await PutMapAsync();

        using var segment = await Http.GetAsync($"{ApiClient.MapUrl(mapId)}/attribution?segment=seg_nope");
        using var map = await Http.GetAsync($"{ApiClient.MapUrl("map_nope")}/attribution");

        Assert.Equal(HttpStatusCode.NotFound, segment.StatusCode);
        Assert.Contains("seg_nope", (await ApiClient.ProblemAsync(segment)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, map.StatusCode);
        Assert.Contains("map_nope", (await ApiClient.ProblemAsync(map)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attribution_NoEvents_ZerosAndNoPlayers()
    {
        var mapId = await PutMapAsync();

        var answer = await AttributionAsync(mapId, "?by=touchpoint");

        Assert.Equal(0, answer.GetProperty("conversions").GetInt64());
        Assert.Equal(0, answer.GetProperty("players").GetArrayLength());
    }

    private static List<(string Customer, int Minute, string Activity, string? Channel)> RandomEvents(int seed, int customers)
    {
        var random = new Random(seed);
        var events = new List<(string, int, string, string?)>();
        for (var c = 0; c < customers; c++)
        {
            var minute = random.Next(0, 60 * 24 * 15);
            for (var e = random.Next(1, 10); e > 0; e--)
            {
                minute += random.Next(1, 900);
                events.Add(($"c{c}", minute, Activities[random.Next(Activities.Length)], Channels[random.Next(Channels.Length)]));
            }
        }

        return events;
    }

    private static EventLog Log(IEnumerable<(string Customer, int Minute, string Activity, string? Channel)> events)
    {
        var builder = new EventLogBuilder();
        foreach (var e in events)
        {
            builder.Add(e.Customer, T0.AddMinutes(e.Minute).UtcTicks, e.Activity, e.Channel ?? "");
        }

        return builder.Build();
    }

    private async Task IngestAsync(List<(string Customer, int Minute, string Activity, string? Channel)> events)
    {
        var (_, key) = await CreateKeyAsync(Http);
        foreach (var batch in events.Chunk(500))
        {
            var body = Array([.. batch.Select(e => JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["customerId"] = e.Customer,
                ["timestamp"] = T0.AddMinutes(e.Minute).ToString("O", CultureInfo.InvariantCulture),
                ["activity"] = e.Activity,
                ["channel"] = e.Channel,
            }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value)))]);
            using var response = await PostAsync(Http, key, body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>A map of one stage: Ad, Visit, Pay bound to their activities (Pay the outcome).</summary>
    private async Task<string> PutMapAsync()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        map.Stages = [new() { Id = "stg_buy", Name = "Buy", Steps = [Bound("stp_ad", "Ad"), Bound("stp_visit", "Visit"), Bound("stp_pay", "Pay")] }];
        map.Lanes.ForEach(l => l.Cells.Clear());
        (map.EntryStepId, map.OutcomeStepId) = (null, null);
        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }

    private static Step Bound(string id, string activity) => new() { Id = id, Name = id, Binding = new StepBinding { Activities = [activity] } };

    private async Task<string> CreateSegmentAsync(string name, string conditions)
    {
        using var response = await Http.PostAsync($"/api/workspaces/{ApiClient.Workspace}/segments",
            new StringContent($"{{\"name\": \"{name}\", \"conditions\": {conditions}}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> AttributionAsync(string mapId, string query)
    {
        using var response = await Http.GetAsync($"{ApiClient.MapUrl(mapId)}/attribution{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
