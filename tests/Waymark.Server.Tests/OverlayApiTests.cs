using System.Globalization;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Sources;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests;

/// <summary>
/// The overlay through the API: events ingested, steps bound by PUTting the map, figures compared with the engine's
/// funnel computed on the same events independently; segments, comparison and bad queries. Each provider runs all.
/// </summary>
public abstract class OverlayApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Activities = ["Ad", "Visit", "Cart", "Pay", "PayLater", "Other"];
    /// <summary>Ad | (unbound) | Visit — Cart on iOS | Pay or PayLater.</summary>
    private static Stage[] BoundStages() =>
    [
        new() { Id = "stg_aware", Name = "Aware", Steps = [Bound("stp_ad", "Ad"), new Step { Id = "stp_note", Name = "Note" }, Bound("stp_visit", "Visit")] },
        new()
        {
            Id = "stg_buy", Name = "Buy",
            Steps = [Bound("stp_cart", "Cart", ("device", "ios")), Bound("stp_pay", "Pay", null, "PayLater")],
        },
    ];

    [Fact]
    public async Task Overlay_BoundMap_StepFiguresEqualTheEngineFunnelOnTheSameEvents()
    {
        var events = RandomEvents(seed: 3, customers: 300);
        await IngestAsync(events);
        var mapId = await PutMapAsync(BoundStages());

        var overlay = await OverlayAsync(mapId, "?from=2026-11-01&to=2026-11-20T00:00:00Z");

        var funnel = Analyze.Funnel(Log(events), new FunnelOptions
        {
            Steps =
            [
                FunnelStep.Of("Ad"), FunnelStep.Of("Visit"),
                new FunnelStep("cart", ["Cart"]) { Conditions = [new PropertyCondition("device", "ios")] },
                new FunnelStep("pay", ["Pay", "PayLater"]),
            ],
            Filter = new EventFilter { From = T0, To = T0.AddDays(19) },
        });
        var series = Assert.Single(overlay.GetProperty("series").EnumerateArray());
        var steps = series.GetProperty("steps").EnumerateArray().ToList();
        var inFunnel = steps.Where(s => s.GetProperty("inFunnel").GetBoolean()).ToList();
        Assert.Equal("2026-11-01T00:00:00Z", overlay.GetProperty("from").GetString());
        Assert.Equal(("stp_ad", "stp_pay"), (overlay.GetProperty("entryStepId").GetString(), overlay.GetProperty("outcomeStepId").GetString()));
        Assert.Equal(["stp_note"], overlay.GetProperty("unboundStepIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, overlay.GetProperty("comparison").ValueKind);
        Assert.Equal(("all", 5), (series.GetProperty("key").GetString(), steps.Count));
        Assert.True(funnel.Steps[^1].Customers > 0);
        Assert.Equal(funnel.Steps.Select(s => s.Customers), inFunnel.Select(s => s.GetProperty("customers").GetInt64()));
        Assert.Equal(funnel.Steps[0].Customers, series.GetProperty("entrants").GetInt64());
        Assert.Equal(funnel.Steps[^1].Customers, series.GetProperty("outcome").GetProperty("customers").GetInt64());
        Assert.Equal(funnel.Steps[1].TimeFromPrevious.Median.TotalSeconds, inFunnel[1].GetProperty("medianFromPrevious").GetDouble());
        Assert.Equal(funnel.Steps[2].DropOff, inFunnel[1].GetProperty("dropOff").GetInt64());
        Assert.Equal(19, inFunnel[0].GetProperty("trend").GetArrayLength());
        Assert.Equal("2026-11-01T00:00:00Z", inFunnel[0].GetProperty("trend")[0].GetProperty("start").GetString());
        Assert.Equal(funnel.Steps[^1].ConversionFromFirst, series.GetProperty("outcome").GetProperty("conversion").GetDouble(), 12);
        Assert.Equal(["stg_aware", "stg_buy"], series.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("stageId").GetString()));
        Assert.False(steps[1].GetProperty("bound").GetBoolean());
    }

    [Fact]
    public async Task Overlay_ExplicitEntryAndOutcome_FunnelBetweenThem()
    {
        var events = RandomEvents(seed: 5, customers: 80);
        await IngestAsync(events);
        var mapId = await PutMapAsync(BoundStages(), entry: "stp_visit", outcome: "stp_cart");

        var overlay = await OverlayAsync(mapId, "");

        var funnel = Analyze.Funnel(Log(events), new FunnelOptions
        {
            Steps = [FunnelStep.Of("Visit"), new FunnelStep("cart", ["Cart"]) { Conditions = [new PropertyCondition("device", "ios")] }],
        });
        var steps = overlay.GetProperty("series")[0].GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["stp_visit", "stp_cart"], steps.Where(s => s.GetProperty("inFunnel").GetBoolean()).Select(s => s.GetProperty("stepId").GetString()));
        Assert.Equal(funnel.Steps.Select(s => s.Customers), steps.Where(s => s.GetProperty("inFunnel").GetBoolean()).Select(s => s.GetProperty("customers").GetInt64()));
        Assert.Equal(JsonValueKind.Null, overlay.GetProperty("from").ValueKind);
    }

    [Fact]
    public async Task Overlay_Segment_FiltersCustomersLikeTheEngineFilter()
    {
        var events = RandomEvents(seed: 9, customers: 150);
        await IngestAsync(events);
        var attributes = Enumerable.Range(0, 150).Select(i => new CustomerAttribute($"c{i}", "plan", i % 3 == 0 ? "pro" : "free")).ToList();
        await Factory.Services.GetRequiredService<IEventStore>().SetAttributesAsync(EventSources.DefaultKey(ApiClient.Workspace), attributes);
        var segmentId = await CreateSegmentAsync("Pro from ads", """{"attributes": [{"key": "plan", "values": ["pro"]}], "did": ["Visit"], "didNot": ["Other"], "channels": ["ads"]}""");
        var mapId = await PutMapAsync(BoundStages());

        var overlay = await OverlayAsync(mapId, $"?segment={segmentId}");

        var log = Log(events, attributes);
        var funnel = Analyze.Funnel(log, new FunnelOptions
        {
            Steps = [FunnelStep.Of("Ad"), FunnelStep.Of("Visit"), new FunnelStep("cart", ["Cart"]) { Conditions = [new("device", "ios")] }, new FunnelStep("pay", ["Pay", "PayLater"])],
            Filter = new EventFilter { Attributes = [new AttributeCondition("plan", ["pro"])], Did = ["Visit"], DidNot = ["Other"], Channels = ["ads"] },
        });
        var all = Analyze.Funnel(log, new FunnelOptions { Steps = [FunnelStep.Of("Ad"), FunnelStep.Of("Visit")] });
        var series = Assert.Single(overlay.GetProperty("series").EnumerateArray());
        Assert.Equal((segmentId, "Pro from ads"), (series.GetProperty("key").GetString(), series.GetProperty("name").GetString()));
        Assert.InRange(funnel.Steps[0].Customers, 1, all.Steps[0].Customers - 1);
        Assert.Equal(funnel.Steps.Select(s => s.Customers),
            series.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("inFunnel").GetBoolean()).Select(s => s.GetProperty("customers").GetInt64()));
    }

    [Fact]
    public async Task Overlay_Compare_MarksOnlyTheSignificantDifference()
    {
        // Pro: 100 entrants, 80 visit, 25 add to cart. Free: 100 entrants, 30 visit, 22 add to cart.
        var events = new List<Ev>();
        var attributes = new List<CustomerAttribute>();
        foreach (var (plan, visits, carts) in new[] { ("pro", 80, 25), ("free", 30, 22) })
        {
            for (var i = 0; i < 100; i++)
            {
                var customer = $"{plan}{i}";
                attributes.Add(new(customer, "plan", plan));
                events.Add(new(customer, 0, "Ad", "ads", null));
                events.AddRange(i < visits ? [new Ev(customer, 10, "Visit", null, null)] : []);
                events.AddRange(i < carts ? [new Ev(customer, 20, "Cart", null, "ios")] : []);
            }
        }

        await IngestAsync(events);
        await Factory.Services.GetRequiredService<IEventStore>().SetAttributesAsync(EventSources.DefaultKey(ApiClient.Workspace), attributes);
        var pro = await CreateSegmentAsync("Pro", """{"attributes": [{"key": "plan", "values": ["pro"]}]}""");
        var free = await CreateSegmentAsync("Free", """{"attributes": [{"key": "plan", "values": ["free"]}]}""");
        var mapId = await PutMapAsync(BoundStages(), outcome: "stp_cart");

        var overlay = await OverlayAsync(mapId, $"?segment={pro}&compare={free}");

        Assert.Equal([pro, free], overlay.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        var comparison = overlay.GetProperty("comparison").EnumerateArray().ToDictionary(c => c.GetProperty("stepId").GetString()!);
        Assert.Equal(["stp_ad", "stp_visit", "stp_cart"], comparison.Keys);
        Assert.False(comparison["stp_ad"].GetProperty("significant").GetBoolean());
        var visit = comparison["stp_visit"];
        Assert.Equal((0.8, 0.3), (visit.GetProperty("a").GetDouble(), visit.GetProperty("b").GetDouble()));
        Assert.True(visit.GetProperty("significant").GetBoolean());
        Assert.True(visit.GetProperty("p").GetDouble() < 0.001);
        var cart = comparison["stp_cart"];
        Assert.Equal(0.03, cart.GetProperty("difference").GetDouble(), 9);
        Assert.InRange(cart.GetProperty("p").GetDouble(), 0.5, 0.7);
        Assert.False(cart.GetProperty("significant").GetBoolean());
    }

    [Theory]
    [InlineData("?from=yesterday", "from")]
    [InlineData("?to=2026-13-01", "to")]
    [InlineData("?from=2026-11-05&to=2026-11-01", "to")]
    public async Task Overlay_BadDates_400NamingTheParameter(string query, string field)
    {
        var mapId = await PutMapAsync(BoundStages());

        using var response = await Http.GetAsync($"{ApiClient.MapUrl(mapId)}/overlay{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), field));
    }

    [Theory]
    [InlineData("?segment=seg_nope")]
    [InlineData("?compare=seg_nope")]
    public async Task Overlay_UnknownSegment_404(string query)
    {
        var mapId = await PutMapAsync(BoundStages());

        using var response = await Http.GetAsync($"{ApiClient.MapUrl(mapId)}/overlay{query}");
        using var unknownMap = await Http.GetAsync($"{ApiClient.MapUrl("map_nope")}/overlay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("seg_nope", (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownMap.StatusCode);
    }

    [Fact]
    public async Task Overlay_MapWithoutBindings_AllUnboundWithZeros()
    {
        await IngestAsync(RandomEvents(seed: 1, customers: 10));
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, mapId);
        map.AllSteps().ToList().ForEach(s => s.Binding = null);
        using (var put = await ApiClient.PutAsync(Http, mapId, MapSerializer.ToJson(map), etag))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var overlay = await OverlayAsync(mapId, "");

        var series = overlay.GetProperty("series")[0];
        var steps = series.GetProperty("steps").EnumerateArray().ToList();
        Assert.NotEmpty(steps);
        Assert.All(steps, s => Assert.False(s.GetProperty("bound").GetBoolean()));
        Assert.All(steps, s => Assert.Equal(0, s.GetProperty("customers").GetInt64()));
        Assert.Equal(steps.Count, overlay.GetProperty("unboundStepIds").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, overlay.GetProperty("entryStepId").ValueKind);
        Assert.Equal(0, series.GetProperty("entrants").GetInt64());
        Assert.All(series.GetProperty("stages").EnumerateArray(), s => Assert.False(s.GetProperty("bound").GetBoolean()));
    }

    private static Step Bound(string id, string activity, (string Key, string Value)? filter = null, params string[] more) => new()
    {
        Id = id,
        Name = id,
        Binding = new StepBinding
        {
            Activities = [activity, .. more],
            Filter = filter is { } f ? [new PropertyFilter { Property = f.Key, Value = f.Value }] : [],
        },
    };

    /// <summary>Random journeys over 20 days; about half the events carry a device property.</summary>
    private static List<Ev> RandomEvents(int seed, int customers)
    {
        var random = new Random(seed);
        var channels = new[] { "ads", "email", null };
        var events = new List<Ev>();
        for (var c = 0; c < customers; c++)
        {
            var minute = random.Next(0, 60 * 24 * 15);
            for (var e = random.Next(1, 12); e > 0; e--)
            {
                minute += random.Next(1, 900);
                var device = random.Next(3) switch { 0 => "ios", 1 => "web", _ => null };
                events.Add(new Ev($"c{c}", minute, Activities[random.Next(Activities.Length)], channels[random.Next(channels.Length)], device));
            }
        }

        return events;
    }

    private static EventLog Log(IEnumerable<Ev> events, IEnumerable<CustomerAttribute>? attributes = null)
    {
        var builder = new EventLogBuilder();
        foreach (var e in events)
        {
            if (e.Device is not null)
            {
                builder.AddProperty("device", e.Device);
            }

            builder.Add(e.Customer, T0.AddMinutes(e.Minute).UtcTicks, e.Activity, e.Channel ?? "");
        }

        foreach (var a in attributes ?? [])
        {
            builder.SetAttribute(a.CustomerId, a.Key, a.Value);
        }

        return builder.Build();
    }

    private async Task IngestAsync(IReadOnlyList<Ev> events)
    {
        var (_, key) = await CreateKeyAsync(Http);
        foreach (var batch in events.Chunk(500))
        {
            var body = Array([.. batch.Select(Json)]);
            using var response = await PostAsync(Http, key, body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static string Json(Ev e) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["customerId"] = e.Customer,
        ["timestamp"] = T0.AddMinutes(e.Minute).ToString("O", CultureInfo.InvariantCulture),
        ["activity"] = e.Activity,
        ["channel"] = e.Channel,
        ["properties"] = e.Device is null ? null : new Dictionary<string, string> { ["device"] = e.Device },
    }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));

    /// <summary>Creates a map, then binds it by PUTting the document with these stages (cells cleared).</summary>
    private async Task<string> PutMapAsync(Stage[] stages, string? entry = null, string? outcome = null)
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        map.Stages = [.. stages];
        map.Lanes.ForEach(l => l.Cells.Clear());
        (map.EntryStepId, map.OutcomeStepId) = (entry, outcome);
        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }

    private async Task<string> CreateSegmentAsync(string name, string conditions)
    {
        using var response = await Http.PostAsync($"/api/workspaces/{ApiClient.Workspace}/segments",
            new StringContent($"{{\"name\": \"{name}\", \"conditions\": {conditions}}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> OverlayAsync(string mapId, string query)
    {
        using var response = await Http.GetAsync($"{ApiClient.MapUrl(mapId)}/overlay{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private sealed record Ev(string Customer, int Minute, string Activity, string? Channel, string? Device);
}
