using System.Globalization;
using System.Net;
using System.Text.Json;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.WhatIf;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests;

/// <summary>
/// What-if through the API: events ingested, steps bound by PUTting the map; the measured figures equal the
/// overlay's for the same period and segment, a hand-made journey gives its known projection, and every bad value is
/// a 400 naming its parameter. Each provider runs all.
/// </summary>
public abstract class WhatIfApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Activities = ["Ad", "Visit", "Pay", "Other"];

    [Fact]
    public async Task WhatIf_Baseline_EqualsTheOverlaysOutcomeForTheSamePeriod()
    {
        var events = RandomEvents(seed: 19, customers: 300);
        await IngestAsync(events);
        var mapId = await PutMapAsync();
        const string period = "from=2026-11-02&to=2026-11-12";

        var overlay = await GetAsync($"{ApiClient.MapUrl(mapId)}/overlay?{period}");
        var answer = await GetAsync($"{ApiClient.MapUrl(mapId)}/what-if?stepId=stp_visit&kind=conversion&points=10&{period}");

        var series = Assert.Single(overlay.GetProperty("series").EnumerateArray());
        var visit = series.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("stepId").GetString() == "stp_visit");
        var measured = answer.GetProperty("measured");
        Assert.Equal(series.GetProperty("entrants").GetInt64(), measured.GetProperty("entries").GetInt64());
        Assert.Equal(series.GetProperty("outcome").GetProperty("customers").GetInt64(), measured.GetProperty("outcome").GetInt64());
        var step = answer.GetProperty("step");
        Assert.Equal(("stp_visit", "Visit page", "stp_pay"), (step.GetProperty("id").GetString(), step.GetProperty("label").GetString(), step.GetProperty("nextStepId").GetString()));
        Assert.Equal(visit.GetProperty("customers").GetInt64(), step.GetProperty("reached").GetInt64());
        Assert.Equal(visit.GetProperty("conversionToNext").GetDouble(), step.GetProperty("conversion").GetDouble(), 12);
        Assert.Equal(visit.GetProperty("dropOff").GetInt64(), step.GetProperty("waiting").GetInt64());
        Assert.True(measured.GetProperty("outcome").GetInt64() > 5);

        var expected = WhatIfEngine.Compute(Log(events), new WhatIfOptions
        {
            Stages = [new("stg_buy", [new OverlayStep("stp_ad", "Ad"), new OverlayStep("stp_note"), new OverlayStep("stp_visit", "Visit"), new OverlayStep("stp_pay", "Pay")])],
            StepId = "stp_visit", Kind = WhatIfKind.Conversion, Points = 10,
            Filter = new EventFilter { From = T0.AddDays(1), To = T0.AddDays(11) },
        });
        var projected = answer.GetProperty("projected");
        Assert.Equal(expected.Projected, projected.GetProperty("outcome").GetDouble(), 9);
        Assert.Equal((expected.ProjectedLow, expected.ProjectedHigh), (projected.GetProperty("low").GetDouble(), projected.GetProperty("high").GetDouble()));
        Assert.Equal(expected.ChangeLow, answer.GetProperty("change").GetProperty("low").GetDouble(), 9);
        Assert.Equal((500, "conversion", 10.0), (answer.GetProperty("resamples").GetInt32(), answer.GetProperty("kind").GetString(), answer.GetProperty("points").GetDouble()));
        Assert.Equal(expected.Notes, answer.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task WhatIf_HandMadeJourneys_KnownProjection()
    {
        // 10 entrants: 4 stop at Ad, 3 stop at Visit, 3 pay. Ad converts 0.6, Visit 0.5; Ad + 10 points: 10 x 0.7 x 0.5 = 3.5.
        var events = new List<(string, int, string)>();
        for (var c = 0; c < 10; c++)
        {
            events.Add(($"h{c}", c, "Ad"));
            events.AddRange(c < 6 ? [($"h{c}", c + 30, "Visit")] : []);
            events.AddRange(c < 3 ? [($"h{c}", c + 90, "Pay")] : []);
        }

        await IngestAsync(events);
        var mapId = await PutMapAsync();

        var answer = await GetAsync($"{ApiClient.MapUrl(mapId)}/what-if?stepId=stp_ad&kind=conversion&points=10");
        var wait = await GetAsync($"{ApiClient.MapUrl(mapId)}/what-if?stepId=stp_ad&kind=wait&waitSeconds=600");

        Assert.Equal(3.5, answer.GetProperty("projected").GetProperty("outcome").GetDouble(), 9);
        Assert.Equal(0.5, answer.GetProperty("change").GetProperty("outcome").GetDouble(), 9);
        Assert.Equal(1800, answer.GetProperty("step").GetProperty("medianWaitSeconds").GetDouble());
        Assert.Equal(("wait", 600.0, JsonValueKind.Null), (wait.GetProperty("kind").GetString(), wait.GetProperty("waitSeconds").GetDouble(), wait.GetProperty("points").ValueKind));
        Assert.Equal(3, wait.GetProperty("measured").GetProperty("outcome").GetInt64());
    }

    [Theory]
    [InlineData("?kind=conversion&points=10", "stepId")]
    [InlineData("?stepId=stp_nope&kind=conversion&points=10", "stepId")]
    [InlineData("?stepId=stp_note&kind=conversion&points=10", "stepId")]
    [InlineData("?stepId=stp_pay&kind=conversion&points=10", "stepId")]
    [InlineData("?stepId=%3Cscript%3Ealert(1)%3C%2Fscript%3E&kind=conversion&points=10", "stepId")]
    [InlineData("?stepId=stp_ad&kind=conversion&points=1000", "points")]
    [InlineData("?stepId=stp_ad&kind=conversion", "points")]
    [InlineData("?stepId=stp_ad&kind=conversion&points=many", "points")]
    [InlineData("?stepId=stp_ad&kind=conversion&points=NaN", "points")]
    [InlineData("?stepId=stp_ad&kind=wait&waitSeconds=-1", "waitSeconds")]
    [InlineData("?stepId=stp_ad&kind=wait&waitSeconds=40000000", "waitSeconds")]
    [InlineData("?stepId=stp_ad&kind=Conversion&points=10", "kind")]
    [InlineData("?stepId=stp_ad&kind=speed&points=10", "kind")]
    [InlineData("?stepId=stp_ad&kind=wait&waitSeconds=60&from=2026-11-05&to=2026-11-01", "to")]
    public async Task WhatIf_BadQuery_400NamingTheParameter(string query, string field)
    {
        var mapId = await PutMapAsync();

        using var response = await Http.GetAsync($"{ApiClient.MapUrl(mapId)}/what-if{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiClient.ProblemAsync(response);
        Assert.NotEmpty(ApiClient.ErrorsAt(problem, field));
        Assert.DoesNotContain("<script>", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIf_UnknownMapOrSegment_404NamingIt()
    {
        var mapId = await PutMapAsync();

        using var map = await Http.GetAsync($"{ApiClient.MapUrl("map_nope")}/what-if?stepId=stp_ad&kind=conversion&points=5");
        using var segment = await Http.GetAsync($"{ApiClient.MapUrl(mapId)}/what-if?stepId=stp_ad&kind=conversion&points=5&segment=seg_nope");

        Assert.Equal(HttpStatusCode.NotFound, map.StatusCode);
        Assert.Contains("map_nope", (await ApiClient.ProblemAsync(map)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, segment.StatusCode);
    }

    [Fact]
    public async Task WhatIf_NoEvents_ZerosAndSaysWhy()
    {
        var mapId = await PutMapAsync();

        var answer = await GetAsync($"{ApiClient.MapUrl(mapId)}/what-if?stepId=stp_visit&kind=wait&waitSeconds=3600");

        Assert.Equal(0, answer.GetProperty("measured").GetProperty("entries").GetInt64());
        Assert.Equal(0, answer.GetProperty("resamples").GetInt32());
        Assert.Contains("No customer entered the map's funnel in this period: there is nothing to project.", answer.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
    }

    private static List<(string Customer, int Minute, string Activity)> RandomEvents(int seed, int customers)
    {
        var random = new Random(seed);
        var events = new List<(string, int, string)>();
        for (var c = 0; c < customers; c++)
        {
            var minute = random.Next(0, 60 * 24 * 12);
            for (var e = random.Next(1, 8); e > 0; e--)
            {
                minute += random.Next(1, 900);
                events.Add(($"c{c}", minute, Activities[random.Next(Activities.Length)]));
            }
        }

        return events;
    }

    private static EventLog Log(IEnumerable<(string Customer, int Minute, string Activity)> events)
    {
        var builder = new EventLogBuilder();
        foreach (var e in events)
        {
            builder.Add(e.Customer, T0.AddMinutes(e.Minute).UtcTicks, e.Activity, "");
        }

        return builder.Build();
    }

    private async Task IngestAsync(List<(string Customer, int Minute, string Activity)> events)
    {
        var (_, key) = await CreateKeyAsync(Http);
        foreach (var batch in events.Chunk(500))
        {
            var body = Array([.. batch.Select(e => JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["customerId"] = e.Customer,
                ["timestamp"] = T0.AddMinutes(e.Minute).ToString("O", CultureInfo.InvariantCulture),
                ["activity"] = e.Activity,
            }))]);
            using var response = await PostAsync(Http, key, body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>A map of one stage: Ad, an unbound note, Visit and Pay (the outcome).</summary>
    private async Task<string> PutMapAsync()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        map.Stages = [new() { Id = "stg_buy", Name = "Buy", Steps = [Bound("stp_ad", "Ad", "See the ad"), new Step { Id = "stp_note", Name = "Note" }, Bound("stp_visit", "Visit", "Visit page"), Bound("stp_pay", "Pay", "Pay")] }];
        map.Lanes.ForEach(l => l.Cells.Clear());
        (map.EntryStepId, map.OutcomeStepId) = (null, null);
        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }

    private static Step Bound(string id, string activity, string name) => new() { Id = id, Name = name, Binding = new StepBinding { Activities = [activity] } };

    private async Task<JsonElement> GetAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
