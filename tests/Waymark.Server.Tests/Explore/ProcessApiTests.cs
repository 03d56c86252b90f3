using System.Globalization;
using System.Net;
using System.Text.Json;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests.Explore;

/// <summary>
/// The process map through the API: its graph and variants equal the engine's flow and variants on the same events,
/// the coverage cuts keep the graph connected, a map narrows it to its bound events and brings its designed order;
/// bad queries answer with the field to blame. Each provider runs all.
/// </summary>
public abstract class ProcessApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Activities = ["Visit", "Pricing", "Signup", "Verify", "Invite", "Pay", "Help"];

    [Fact]
    public async Task Process_AllActivities_EqualsTheEngineFlowAndVariantsOnTheSameEvents()
    {
        var events = RandomEvents(seed: 4, customers: 250);
        await IngestAsync(events);

        var process = await ProcessAsync("?top=5");

        var log = Log(events);
        var flow = Analyze.Flow(log);
        var variants = Analyze.Variants(log, new VariantOptions { Top = 5 });
        Assert.Equal(flow.Customers, process.GetProperty("customers").GetInt64());
        Assert.Equal(flow.Nodes.Select(n => (n.Activity, n.Customers, n.Events)), Nodes(process).Select(n => (
            n.GetProperty("activity").GetString()!, n.GetProperty("customers").GetInt64(), n.GetProperty("events").GetInt64())));
        Assert.Equal(flow.Edges.Select(e => (e.From, e.To, e.Events, e.Customers, e.Duration.Median.TotalSeconds, e.Duration.P90.TotalSeconds)),
            Edges(process).Select(e => (e.GetProperty("from").GetString()!, e.GetProperty("to").GetString()!, e.GetProperty("count").GetInt64(),
                e.GetProperty("customers").GetInt64(), e.GetProperty("medianSeconds").GetDouble(), e.GetProperty("p90Seconds").GetDouble())));
        var top = process.GetProperty("variants").GetProperty("top").EnumerateArray().ToList();
        Assert.Equal(variants.VariantCount, process.GetProperty("variants").GetProperty("count").GetInt32());
        Assert.Equal(variants.Top.Select(v => (string.Join('>', v.Activities), v.Customers, v.MedianDuration.TotalSeconds)), top.Select(v => (
            string.Join('>', v.GetProperty("activities").EnumerateArray().Select(a => a.GetString())),
            v.GetProperty("customers").GetInt64(), v.GetProperty("medianSeconds").GetDouble())));
        Assert.Equal(flow.StartActivities.Sum(n => n.Starts), process.GetProperty("starts").EnumerateArray().Sum(s => s.GetProperty("customers").GetInt64()));
        Assert.Equal(JsonValueKind.Null, process.GetProperty("designed").ValueKind);
    }

    [Fact]
    public async Task Process_LowerCoverage_ShowsFewerNodesAndEdgesStillConnected()
    {
        await IngestAsync(RandomEvents(seed: 6, customers: 250));

        var all = await ProcessAsync("");
        var cut = await ProcessAsync("?activities=60&paths=40");

        Assert.Equal(all.GetProperty("allActivities").GetInt32(), Nodes(all).Count);
        Assert.True(Nodes(cut).Count < Nodes(all).Count, cut.ToString());
        Assert.True(Edges(cut).Count < Edges(all).Count);
        Assert.Equal((60.0, 40.0), (cut.GetProperty("activityPercent").GetDouble(), cut.GetProperty("pathPercent").GetDouble()));
        AssertConnected(cut);
    }

    [Fact]
    public async Task Process_WithMap_ShowsOnlyBoundEventsAndTheDesignedOrder()
    {
        // Customers verify before they sign up, though the map says sign up, then verify.
        var events = new List<Ev>();
        for (var c = 0; c < 20; c++)
        {
            events.AddRange([new($"c{c}", 0, "Visit", null), new($"c{c}", 5, "Help", null), new($"c{c}", 10, "Verify", null),
                new($"c{c}", 20, "Signup", c % 2 == 0 ? "web" : "app"), new($"c{c}", 30, "Pay", null)]);
        }

        await IngestAsync(events);
        var mapId = await PutMapAsync(
            new Stage { Id = "stg_a", Name = "Arrive", Steps = [Bound("stp_visit", "Visit"), new Step { Id = "stp_note", Name = "Note" }] },
            new Stage { Id = "stg_b", Name = "Join", Steps = [Bound("stp_signup", "Signup", ("device", "web")), Bound("stp_verify", "Verify"), Bound("stp_pay", "Pay")] });

        var process = await ProcessAsync($"?map={mapId}");

        Assert.Equal(["Pay", "Verify", "Visit", "Signup"], Nodes(process).Select(n => n.GetProperty("activity").GetString()));
        Assert.Equal(10, Nodes(process).Single(n => n.GetProperty("activity").GetString() == "Signup").GetProperty("customers").GetInt64());
        var designed = process.GetProperty("designed");
        Assert.Equal(mapId, designed.GetProperty("mapId").GetString());
        var steps = designed.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["stp_visit", "stp_note", "stp_signup", "stp_verify", "stp_pay"], steps.Select(s => s.GetProperty("stepId").GetString()));
        Assert.Equal([1, 0, 2, 3, 4], steps.Select(s => s.GetProperty("position").ValueKind == JsonValueKind.Null ? 0 : s.GetProperty("position").GetInt32()));
        Assert.Equal([1, 0, 3, 2, 4], steps.Select(s => s.GetProperty("actualPosition").ValueKind == JsonValueKind.Null ? 0 : s.GetProperty("actualPosition").GetInt32()));
        Assert.Equal([false, false, true, true, false], steps.Select(s => s.GetProperty("differs").GetBoolean()));
        Assert.Equal(["Signup"], steps[2].GetProperty("activities").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Join", steps[2].GetProperty("stage").GetString());
    }

    [Theory]
    [InlineData("?activities=0", "activities")]
    [InlineData("?paths=101", "paths")]
    [InlineData("?top=51", "top")]
    [InlineData("?from=2026-12-01&to=2026-11-01", "to")]
    public async Task Process_BadQuery_Answers400NamingTheField(string query, string field)
    {
        using var response = await Http.GetAsync($"/api/workspaces/{ApiClient.Workspace}/explore/process{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("?map=map_missing")]
    [InlineData("?segment=seg_missing")]
    public async Task Process_UnknownMapOrSegment_Answers404(string query)
    {
        using var response = await Http.GetAsync($"/api/workspaces/{ApiClient.Workspace}/explore/process{query}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static void AssertConnected(JsonElement process)
    {
        var edges = Edges(process).Select(e => (From: e.GetProperty("from").GetString()!, To: e.GetProperty("to").GetString()!)).ToList();
        var forward = Reach(process.GetProperty("starts"), edges);
        var backward = Reach(process.GetProperty("ends"), [.. edges.Select(e => (e.To, e.From))]);
        Assert.All(Nodes(process), n => Assert.True(
            forward.Contains(n.GetProperty("activity").GetString()!) && backward.Contains(n.GetProperty("activity").GetString()!), n.ToString()));
    }

    private static HashSet<string> Reach(JsonElement markers, List<(string From, string To)> edges)
    {
        var reached = markers.EnumerateArray().Select(m => m.GetProperty("activity").GetString()!).ToHashSet(StringComparer.Ordinal);
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var node))
        {
            foreach (var (_, to) in edges.Where(e => e.From == node && reached.Add(e.To)))
            {
                queue.Enqueue(to);
            }
        }

        return reached;
    }

    private static List<JsonElement> Nodes(JsonElement process) => [.. process.GetProperty("nodes").EnumerateArray()];

    private static List<JsonElement> Edges(JsonElement process) => [.. process.GetProperty("edges").EnumerateArray()];

    private static Step Bound(string id, string activity, (string Key, string Value)? filter = null) => new()
    {
        Id = id,
        Name = id,
        Binding = new StepBinding
        {
            Activities = [activity],
            Filter = filter is { } f ? [new PropertyFilter { Property = f.Key, Value = f.Value }] : [],
        },
    };

    /// <summary>Journeys that mostly run forward through the activities, with skips, repeats and a few detours.</summary>
    private static List<Ev> RandomEvents(int seed, int customers)
    {
        var random = new Random(seed);
        var events = new List<Ev>();
        for (var c = 0; c < customers; c++)
        {
            var (minute, at) = (random.Next(0, 60 * 24 * 10), 0);
            for (var e = random.Next(1, 9); e > 0 && at < Activities.Length; e--)
            {
                minute += random.Next(1, 600);
                events.Add(new Ev($"c{c}", minute, random.Next(12) == 0 ? "Help" : Activities[at], null));
                at += random.Next(5) switch { 0 => 0, 1 => 2, _ => 1 };
            }
        }

        return events;
    }

    private static EventLog Log(IEnumerable<Ev> events)
    {
        var builder = new EventLogBuilder();
        foreach (var e in events)
        {
            if (e.Device is not null)
            {
                builder.AddProperty("device", e.Device);
            }

            builder.Add(e.Customer, T0.AddMinutes(e.Minute).UtcTicks, e.Activity, "");
        }

        return builder.Build();
    }

    private async Task IngestAsync(IReadOnlyList<Ev> events)
    {
        var (_, key) = await CreateKeyAsync(Http);
        foreach (var batch in events.Chunk(500))
        {
            using var response = await PostAsync(Http, key, Array([.. batch.Select(Json)]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static string Json(Ev e) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["customerId"] = e.Customer,
        ["timestamp"] = T0.AddMinutes(e.Minute).ToString("O", CultureInfo.InvariantCulture),
        ["activity"] = e.Activity,
        ["properties"] = e.Device is null ? null : new Dictionary<string, string> { ["device"] = e.Device },
    }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));

    private async Task<string> PutMapAsync(params Stage[] stages)
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        map.Stages = [.. stages];
        map.Lanes.ForEach(l => l.Cells.Clear());
        (map.EntryStepId, map.OutcomeStepId) = (null, null);
        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }

    private async Task<JsonElement> ProcessAsync(string query)
    {
        using var response = await Http.GetAsync($"/api/workspaces/{ApiClient.Workspace}/explore/process{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private sealed record Ev(string Customer, int Minute, string Activity, string? Device);
}
