using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests.Explore;

/// <summary>
/// Explore's paths through the API: every column of the Sankey adds up to the start's customers (an "ended" node
/// included), links conserve customers, the tail folds into "other", a second segment gives a second Sankey, and
/// the figures equal the engine's paths on the same events. Each provider runs all.
/// </summary>
public abstract class ExplorePathsApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private const string Base = $"/api/workspaces/{ApiClient.Workspace}";
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Activities = ["Ad", "Visit", "Cart", "Pay", "PayLater", "Other", "Help"];

    [Fact]
    public async Task Paths_FromMapStepWithTwoActivities_EveryColumnAddsUpToTheStart()
    {
        var events = RandomEvents(seed: 3, customers: 300);
        await IngestAsync(events);
        var mapId = await PutMapAsync();

        var answer = await PathsAsync($"?map={mapId}&startStep=stp_pay&depth=4&width=3");

        var engine = Analyze.Paths(Log(events), new PathOptions { Start = new FunnelStep("Pay", ["Pay", "PayLater"]), Depth = 4, Width = 3 });
        var series = Assert.Single(answer.GetProperty("series").EnumerateArray());
        Assert.Equal(("Pay", "forward"), (answer.GetProperty("start").GetString(), answer.GetProperty("direction").GetString()));
        Assert.True(engine.Journeys > 50);
        Assert.Equal(engine.Journeys, series.GetProperty("customers").GetInt64());
        AssertAddsUp(series, depth: 4);
        var first = Assert.Single(series.GetProperty("columns")[0].GetProperty("nodes").EnumerateArray());
        Assert.Equal(("start", "Pay"), (first.GetProperty("kind").GetString(), first.GetProperty("label").GetString()));
        Assert.Contains(series.GetProperty("columns")[3].GetProperty("nodes").EnumerateArray(), n => n.GetProperty("kind").GetString() == "ended");
        Assert.Equal(engine.Paths[0].Journeys, series.GetProperty("paths")[0].GetProperty("customers").GetInt64());
        Assert.All(series.GetProperty("paths").EnumerateArray(), p => Assert.Equal(4, p.GetProperty("nodes").GetArrayLength()));
    }

    [Fact]
    public async Task Paths_WidthOne_FoldsTheRestIntoOtherAndStillAddsUp()
    {
        var events = RandomEvents(seed: 7, customers: 200);
        await IngestAsync(events);

        var answer = await PathsAsync("?depth=3&width=1");

        var series = answer.GetProperty("series")[0];
        AssertAddsUp(series, depth: 3);
        foreach (var column in series.GetProperty("columns").EnumerateArray())
        {
            var kinds = column.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList();
            Assert.Equal(1, kinds.Count(k => k == "activity"));
            Assert.Contains("other", kinds);
        }

        var engine = Analyze.Paths(Log(events), new PathOptions { Depth = 3, Width = 1 });
        Assert.Equal(engine.Nodes.Single(n => n.Step == 1 && n.Activity == PathResult.Other).Journeys,
            series.GetProperty("columns")[1].GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "other").GetProperty("customers").GetInt64());
        Assert.Equal(engine.PathCount, series.GetProperty("pathCount").GetInt32());
    }

    [Fact]
    public async Task Paths_CompareSegment_GivesASecondSankeyThatAddsUpToItsOwnStart()
    {
        await IngestAsync(RandomEvents(seed: 11, customers: 250));
        var payers = await CreateSegmentAsync("Payers", """{"did": ["Pay"]}""");
        var helped = await CreateSegmentAsync("Helped", """{"did": ["Help"]}""");

        var answer = await PathsAsync($"?startActivity=Visit&segment={payers}&compare={helped}&depth=3");

        var series = answer.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal([payers, helped], series.Select(s => s.GetProperty("key").GetString()));
        Assert.Equal(["Payers", "Helped"], series.Select(s => s.GetProperty("name").GetString()));
        Assert.NotEqual(series[0].GetProperty("customers").GetInt64(), series[1].GetProperty("customers").GetInt64());
        Assert.All(series, s => AssertAddsUp(s, depth: 3));
    }

    [Fact]
    public async Task Paths_Backward_WalksBackAndNamesTheEarlyEndJourneyBegan()
    {
        await IngestAsync([new("a", 0, "Ad", null, null), new("a", 1, "Pay", null, null), new("b", 0, "Pay", null, null), new("c", 0, "Visit", null, null)]);

        var answer = await PathsAsync("?startActivity=Pay&direction=backward&depth=3");

        var series = answer.GetProperty("series")[0];
        Assert.Equal(2, series.GetProperty("customers").GetInt64());
        var column1 = series.GetProperty("columns")[1].GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal([("Ad", 1L), ("Journey began", 1L)], column1.Select(n => (n.GetProperty("label").GetString()!, n.GetProperty("customers").GetInt64())));
        Assert.Equal(2, series.GetProperty("columns")[2].GetProperty("nodes")[0].GetProperty("customers").GetInt64());
        AssertAddsUp(series, depth: 3);
    }

    [Fact]
    public async Task Paths_UnknownActivity_AnswersAnEmptySankey()
    {
        await IngestAsync([new("a", 0, "Ad", null, null)]);

        var series = (await PathsAsync("?startActivity=Nope")).GetProperty("series")[0];

        Assert.Equal((0L, 0), (series.GetProperty("customers").GetInt64(), series.GetProperty("columns").GetArrayLength()));
    }

    [Theory]
    [InlineData("?depth=1", "depth")]
    [InlineData("?width=x", "width")]
    [InlineData("?direction=up", "direction")]
    [InlineData("?collapse=yes", "collapse")]
    [InlineData("?startStep=stp_pay", "map")]
    [InlineData("?startStep=s&startActivity=A", "startStep")]
    public async Task Paths_BadSetting_400NamingIt(string query, string key)
    {
        using var response = await Http.GetAsync($"{Base}/explore/paths{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(key, out _), errors.ToString());
    }

    [Fact]
    public async Task Paths_UnknownStepMapOrSegment_AnswersWhichIsMissing()
    {
        var mapId = await PutMapAsync();

        using var step = await Http.GetAsync($"{Base}/explore/paths?map={mapId}&startStep=stp_nope");
        using var map = await Http.GetAsync($"{Base}/explore/paths?map=map_nope&startStep=stp_pay");
        using var segment = await Http.GetAsync($"{Base}/explore/paths?compare=seg_nope");

        Assert.Equal(HttpStatusCode.BadRequest, step.StatusCode);
        Assert.True((await step.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("startStep", out _));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (map.StatusCode, segment.StatusCode));
    }

    /// <summary>Each column's nodes add up to the start; links into a node and out of it carry its customers.</summary>
    private static void AssertAddsUp(JsonElement series, int depth)
    {
        var customers = series.GetProperty("customers").GetInt64();
        var columns = series.GetProperty("columns").EnumerateArray().ToList();
        Assert.Equal(depth, columns.Count);
        var links = series.GetProperty("links").EnumerateArray()
            .Select(l => (Source: l.GetProperty("source").GetString()!, Target: l.GetProperty("target").GetString()!, Customers: l.GetProperty("customers").GetInt64())).ToList();
        for (var c = 0; c < columns.Count; c++)
        {
            var nodes = columns[c].GetProperty("nodes").EnumerateArray().ToList();
            Assert.Equal(customers, columns[c].GetProperty("customers").GetInt64());
            Assert.Equal(customers, nodes.Sum(n => n.GetProperty("customers").GetInt64()));
            foreach (var node in nodes)
            {
                var (id, count) = (node.GetProperty("id").GetString()!, node.GetProperty("customers").GetInt64());
                Assert.Equal(c == 0 ? count : links.Where(l => l.Target == id).Sum(l => l.Customers), count);
                Assert.Equal(c == depth - 1 ? count : links.Where(l => l.Source == id).Sum(l => l.Customers), count);
            }
        }
    }

    private static List<Ev> RandomEvents(int seed, int customers)
    {
        var random = new Random(seed);
        var events = new List<Ev>();
        for (var c = 0; c < customers; c++)
        {
            var minute = random.Next(0, 60 * 24 * 15);
            for (var e = random.Next(1, 10); e > 0; e--)
            {
                minute += random.Next(1, 900);
                events.Add(new Ev($"c{c}", minute, Activities[random.Next(Activities.Length)], null, null));
            }
        }

        return events;
    }

    private static EventLog Log(IEnumerable<Ev> events)
    {
        var builder = new EventLogBuilder();
        foreach (var e in events)
        {
            builder.Add(e.Customer, T0.AddMinutes(e.Minute).UtcTicks, e.Activity, "");
        }

        return builder.Build();
    }

    private async Task IngestAsync(IReadOnlyList<Ev> events)
    {
        var (_, key) = await CreateKeyAsync(Http);
        foreach (var batch in events.Chunk(500))
        {
            using var response = await PostAsync(Http, key, Array([.. batch.Select(e => Event(e.Customer, e.Activity, T0.AddMinutes(e.Minute).ToString("O", CultureInfo.InvariantCulture)))]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>A map whose step "Pay" is bound to Pay or PayLater.</summary>
    private async Task<string> PutMapAsync()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        var pay = new Step { Id = "stp_pay", Name = "Pay", Binding = new StepBinding { Activities = ["Pay", "PayLater"] } };
        map.Stages = [new Stage { Id = "stg_buy", Name = "Buy", Steps = [pay] }];
        map.Lanes.ForEach(l => l.Cells.Clear());
        (map.EntryStepId, map.OutcomeStepId) = (null, null);
        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }

    private async Task<string> CreateSegmentAsync(string name, string conditions)
    {
        using var response = await Http.PostAsync($"{Base}/segments",
            new StringContent($"{{\"name\": \"{name}\", \"conditions\": {conditions}}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> PathsAsync(string query)
    {
        using var response = await Http.GetAsync($"{Base}/explore/paths{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private sealed record Ev(string Customer, int Minute, string Activity, string? Channel, string? Device);
}
