using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Insights;
using Waymark.Analytics.Text;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Server.Caches;
using Waymark.Testing.Feedback;

namespace Waymark.Server.Tests;

/// <summary>
/// Feedback on the map and the insights through the API: the planted journey's events and feedback ingested, its map
/// PUT, and both responses compared with the engine run on the same data; segments, windows, bad queries, empty data.
/// Each test uses a fresh workspace; each provider runs all.
/// </summary>
public abstract class MapInsightsApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly PlantedJourney Journey = new(customers: 300, seed: 11);
    [Fact]
    public async Task Feedback_PlantedJourney_EqualsTheEngineOnTheSameData()
    {
        var (ws, mapId) = await LoadPlantedAsync();

        var response = await GetJsonAsync(ws, mapId, "feedback", "?window=72");

        var engine = FeedbackOnMap.Compute(Journey.BuildLog(), Journey.Map, Journey.Items, Analyses(), new FeedbackOptions { Window = TimeSpan.FromHours(72) }, Topics());
        AssertSameJson(engine, response);
        Assert.Equal(Journey.Items.Count, response["items"]!.GetValue<int>());
        Assert.True(response["byMethod"]!["event"]!.GetValue<int>() > 0 && response["byMethod"]!["keyword"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Insights_PlantedJourney_EqualsTheEngineAndFindsThePlantedTruth()
    {
        var (ws, mapId) = await LoadPlantedAsync();

        var response = await GetJsonAsync(ws, mapId, "insights", "");

        var engine = JourneyInsights.Find(Journey.BuildLog(), Journey.Map, Journey.Items, Analyses(), new FeedbackOptions(), Topics());
        AssertSameJson(engine, response);
        var findings = response["findings"]!.AsArray();
        Assert.Equal("bottleneck-dropoff-s4", findings[0]!["id"]!.GetValue<string>());
        Assert.Contains(findings, f => f!["id"]!.GetValue<string>() == "moment-s3");
        Assert.Equal("s6", response["outcomeStepId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Insights_Segment_MeansTheSameCustomersAsTheEngineFilter()
    {
        var (ws, mapId) = await LoadPlantedAsync();
        var segment = await CreateSegmentAsync(ws, """{"didNot": ["Connect Data"]}""");

        var insights = await GetJsonAsync(ws, mapId, "insights", $"?segment={segment}&from=2026-03-01&to=2026-06-01");
        var feedback = await GetJsonAsync(ws, mapId, "feedback", $"?segment={segment}&from=2026-03-01&to=2026-06-01");

        var options = new FeedbackOptions
        {
            Filter = new EventFilter { DidNot = ["Connect Data"], From = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero) },
        };
        AssertSameJson(JourneyInsights.Find(Journey.BuildLog(), Journey.Map, Journey.Items, Analyses(), options, Topics()), insights);
        AssertSameJson(FeedbackOnMap.Compute(Journey.BuildLog(), Journey.Map, Journey.Items, Analyses(), options, Topics()), feedback);
        Assert.Equal(0, feedback["steps"]![2]!["count"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("feedback", "?window=0", "window")]
    [InlineData("feedback", "?window=8761", "window")]
    [InlineData("insights", "?window=a%20week", "window")]
    [InlineData("insights", "?from=yesterday", "from")]
    [InlineData("feedback", "?from=2026-11-05&to=2026-11-01", "to")]
    public async Task BadQuery_400NamingTheParameter(string endpoint, string query, string field)
    {
        var ws = await CreateWorkspaceAsync();
        var mapId = await PutMapAsync(ws, Journey.Map);

        using var response = await Http.GetAsync($"/api/workspaces/{ws}/maps/{mapId}/{endpoint}{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), field));
    }

    [Theory]
    [InlineData("feedback")]
    [InlineData("insights")]
    public async Task UnknownMapOrSegment_404(string endpoint)
    {
        var ws = await CreateWorkspaceAsync();
        var mapId = await PutMapAsync(ws, Journey.Map);

        using var map = await Http.GetAsync($"/api/workspaces/{ws}/maps/map_nope/{endpoint}");
        using var segment = await Http.GetAsync($"/api/workspaces/{ws}/maps/{mapId}/{endpoint}?segment=seg_nope");

        Assert.Equal(HttpStatusCode.NotFound, map.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, segment.StatusCode);
        Assert.Contains("seg_nope", (await ApiClient.ProblemAsync(segment)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnboundMapWithoutFeedback_EmptyAnswers()
    {
        var ws = await CreateWorkspaceAsync();
        var map = Journey.Map;
        var unbound = MapSerializer.Read(MapSerializer.ToJson(map), MapFormat.Json).Map!;
        unbound.AllSteps().ToList().ForEach(s => s.Binding = null);
        unbound.OutcomeStepId = null;
        var mapId = await PutMapAsync(ws, unbound);

        var insights = await GetJsonAsync(ws, mapId, "insights", "");
        var feedback = await GetJsonAsync(ws, mapId, "feedback", "");

        Assert.Empty(insights["findings"]!.AsArray());
        Assert.Equal(0, feedback["items"]!.GetValue<int>());
        Assert.All(feedback["steps"]!.AsArray(), s => Assert.Equal(0, s!["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Feedback_HostileTexts_QuotedBackAsTextAndNewItemsReadIncrementally()
    {
        var ws = await CreateWorkspaceAsync();
        var mapId = await PutMapAsync(ws, Journey.Map);
        var (_, key) = await IngestClient.CreateKeyAsync(Http, ws);
        const string Hostile = "<script>alert('x')</script> connection \"broken\" \u202Eevil 😡😡😡 <img src=x onerror=alert(1)>";
        await PostFeedbackAsync(key, [.. Enumerable.Range(0, 3).Select(i => Item($"h{i}", Hostile, "s3"))]);
        var cache = Factory.Services.GetRequiredService<FeedbackCache>();

        var first = await GetJsonAsync(ws, mapId, "feedback", "");
        var readBefore = cache.RowsRead;
        await PostFeedbackAsync(key, [Item("late", "Connecting was fine", "s3")]);
        var second = await GetJsonAsync(ws, mapId, "feedback", "");

        var quotes = first["steps"]![2]!["topics"]!.AsArray().SelectMany(t => t!["quotes"]!.AsArray()).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal(Hostile, q!["text"]!.GetValue<string>()));
        Assert.Equal(3, first["steps"]![2]!["count"]!.GetValue<int>());
        Assert.Equal(4, second["steps"]![2]!["count"]!.GetValue<int>());
        Assert.Equal(readBefore + 1, cache.RowsRead);
    }

    private static List<TextAnalysis> Analyses() => [.. Journey.Items.Select(i => TextAnalyzer.Default.Analyze(i.Text))];

    private static TopicIndex Topics() => TopicIndex.Build([.. Journey.Items.Select(i => i.Text)]);

    private static void AssertSameJson<T>(T engine, JsonNode response)
    {
        var expected = JsonSerializer.SerializeToNode(engine, Web)!;
        Assert.True(JsonNode.DeepEquals(expected, response), $"expected {expected.ToJsonString()[..Math.Min(2000, expected.ToJsonString().Length)]}\nactual {response.ToJsonString()[..Math.Min(2000, response.ToJsonString().Length)]}");
    }

    /// <summary>A fresh workspace with the planted journey's events, feedback (in the journey's order) and map.</summary>
    private async Task<(string Workspace, string MapId)> LoadPlantedAsync()
    {
        var ws = await CreateWorkspaceAsync();
        var (_, key) = await IngestClient.CreateKeyAsync(Http, ws);
        foreach (var batch in Journey.Events.Chunk(1000))
        {
            var body = IngestClient.Array([.. batch.Select(e => IngestClient.Event(e.Customer, e.Activity, Time(e.Time.UtcTicks), channel: "web"))]);
            using var response = await IngestClient.PostAsync(Http, key, body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        foreach (var batch in Journey.Items.Chunk(1000))
        {
            await PostFeedbackAsync(key, [.. batch.Select(Json)]);
        }

        return (ws, await PutMapAsync(ws, Journey.Map));
    }

    private async Task PostFeedbackAsync(string key, string[] items)
    {
        using var response = await FeedbackClient.PostAsync(Http, key, FeedbackClient.Batch(items));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(items.Length, JsonDocument.Parse(body).RootElement.GetProperty("accepted").GetInt32());
    }

    private static string Json(FeedbackItem item) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = item.Id,
        ["customerId"] = item.CustomerId,
        ["time"] = Time(item.UtcTicks),
        ["stepId"] = item.StepId,
        ["activity"] = item.Activity,
        ["scoreType"] = FeedbackNames.Of(item.ScoreType),
        ["score"] = item.Score,
        ["text"] = item.Text,
        ["source"] = FeedbackNames.Of(item.Source),
        ["solicited"] = item.Solicited,
        ["language"] = item.Language,
    }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));

    private static string Item(string id, string text, string stepId) => Json(new FeedbackItem(id, null, PlantedJourney.Origin.UtcTicks, stepId, null,
        ScoreType.None, null, text, FeedbackSource.Review, false, null, null));

    private static string Time(long ticks) => new DateTimeOffset(ticks, TimeSpan.Zero).ToString("O", CultureInfo.InvariantCulture);

    private async Task<string> CreateWorkspaceAsync()
    {
        using var response = await Http.PostAsJsonAsync("/api/workspaces", new { name = "Insights " + Guid.NewGuid().ToString("N")[..8] });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Creates a map in the workspace, then PUTs the given map's stages, lanes, outcome and scale into it.</summary>
    private async Task<string> PutMapAsync(string ws, JourneyMap source)
    {
        using var created = await Http.PostAsJsonAsync($"/api/workspaces/{ws}/maps", new { templateId = "saas-trial", sourceId = "src_" + ws });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var get = await Http.GetAsync($"/api/workspaces/{ws}/maps/{id}");
        var map = MapSerializer.Read(await get.Content.ReadAsStringAsync(), MapFormat.Json).Map!;
        var copy = MapSerializer.Read(MapSerializer.ToJson(source), MapFormat.Json).Map!;
        (map.Stages, map.Lanes, map.Personas, map.EntryStepId, map.OutcomeStepId, map.EmotionScale) =
            (copy.Stages, copy.Lanes, [], copy.EntryStepId, copy.OutcomeStepId, copy.EmotionScale);
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/workspaces/{ws}/maps/{id}")
        {
            Content = new StringContent(MapSerializer.ToJson(map), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(get.Headers.ETag!);
        using var put = await Http.SendAsync(request);
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        return id;
    }

    private async Task<string> CreateSegmentAsync(string ws, string conditions)
    {
        using var response = await Http.PostAsync($"/api/workspaces/{ws}/segments",
            new StringContent($"{{\"name\": \"Never connected\", \"conditions\": {conditions}}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<JsonNode> GetJsonAsync(string ws, string mapId, string endpoint, string query)
    {
        using var response = await Http.GetAsync($"/api/workspaces/{ws}/maps/{mapId}/{endpoint}{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!;
    }
}
