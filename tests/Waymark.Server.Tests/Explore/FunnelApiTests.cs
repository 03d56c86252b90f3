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
/// Explore's funnel through the API: random journeys ingested, every figure compared with the engine's funnel
/// computed independently on the same events (each mode, window, exclusion, breakdown, periods), the customers
/// behind a bar, map steps through their bindings, and bad requests answered at their JSON paths.
/// </summary>
public abstract class FunnelApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Activities = ["Visit", "Cart", "Pay", "Help", "Other"];
    private static readonly string Url = $"/api/workspaces/{ApiClient.Workspace}/explore/funnel";

    [Theory]
    [InlineData("ordered", FunnelMode.Ordered)]
    [InlineData("strict", FunnelMode.Strict)]
    [InlineData("anyOrder", FunnelMode.AnyOrder)]
    public async Task Funnel_EachModeWithWindowExclusionBreakdownAndPeriods_EqualsTheEngine(string mode, FunnelMode engineMode)
    {
        var events = await IngestRandomAsync(seed: 4, customers: 300);

        var answer = await MeasureAsync(new
        {
            steps = new[] { new { activity = "Visit" }, new { activity = "Cart" }, new { activity = "Pay" } },
            mode, windowSeconds = 3 * 24 * 3600, over = "day",
            exclusions = new[] { new { activity = "Help", after = 1 } },
            breakdown = new { by = "channel", limit = 2 },
        });

        var funnel = Analyze.Funnel(Log(events), new FunnelOptions
        {
            Steps = [FunnelStep.Of("Visit"), FunnelStep.Of("Cart"), FunnelStep.Of("Pay")], Mode = engineMode,
            Window = TimeSpan.FromDays(3), Exclusions = [new FunnelExclusion(["Help"], 1)], Over = TrendGranularity.Day,
            Breakdown = new FunnelBreakdown(BreakdownKind.FirstStepChannel, null, 2),
        });
        var steps = answer.GetProperty("steps").EnumerateArray().ToList();
        Assert.True(funnel.Steps[^1].Customers > 0 && funnel.Excluded > 0);
        Assert.Equal(funnel.Steps.Select(s => s.Customers), steps.Select(s => s.GetProperty("customers").GetInt64()));
        Assert.Equal(funnel.Steps.Select(s => s.DropOff), steps.Select(s => s.GetProperty("dropOff").GetInt64()));
        Assert.Equal(funnel.Excluded, answer.GetProperty("excluded").GetInt64());
        Assert.Equal(funnel.TimeToConvertSummary.Median.TotalSeconds, answer.GetProperty("timeToConvert").GetProperty("median").GetDouble());
        Assert.Equal(funnel.TimeToConvertSummary.P90.TotalSeconds, answer.GetProperty("timeToConvert").GetProperty("p90").GetDouble());
        Assert.Equal(funnel.TimeToConvert.Select(b => b.Customers), answer.GetProperty("timeToConvert").GetProperty("buckets").EnumerateArray().Select(b => b.GetProperty("customers").GetInt64()));
        var groups = answer.GetProperty("breakdown").GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(funnel.Groups.Select(g => g.Name), groups.Select(g => g.GetProperty("key").GetString()));
        Assert.Equal(funnel.Groups.Select(g => g.Steps[^1].Customers), groups.Select(g => g.GetProperty("customers")[2].GetInt64()));
        var periods = answer.GetProperty("overTime").GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(funnel.Periods.Select(p => p.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), periods.Select(p => p.GetProperty("start").GetString()));
        Assert.Equal(funnel.Steps[0].Customers, periods.Sum(p => p.GetProperty("reached")[0].GetInt64()));
    }

    [Fact]
    public async Task FunnelCustomers_Bars_TotalsEqualTheBarsAndTheirGroups()
    {
        await IngestRandomAsync(seed: 7, customers: 200);
        var funnel = new { steps = new[] { new { activity = "Visit" }, new { activity = "Cart" }, new { activity = "Pay" } }, breakdown = new { by = "channel", limit = 1 } };
        var answer = await MeasureAsync(funnel);
        var steps = answer.GetProperty("steps");
        var groups = answer.GetProperty("breakdown").GetProperty("groups");

        var reached = await CustomersAsync(new { funnel.steps, funnel.breakdown, step = 1, limit = 5 });
        var dropped = await CustomersAsync(new { funnel.steps, funnel.breakdown, step = 0, dropped = true });
        var other = await CustomersAsync(new { funnel.steps, funnel.breakdown, step = 2, group = "other" });

        Assert.Equal(steps[1].GetProperty("customers").GetInt64(), reached.GetProperty("total").GetInt64());
        Assert.Equal(5, reached.GetProperty("customers").GetArrayLength());
        Assert.Equal(steps[1].GetProperty("dropOff").GetInt64(), dropped.GetProperty("total").GetInt64());
        Assert.All(dropped.GetProperty("customers").EnumerateArray(), c => Assert.Equal(1, c.GetProperty("reached").GetInt32()));
        Assert.Equal("other", groups[1].GetProperty("key").GetString());
        Assert.Equal(groups[1].GetProperty("customers")[2].GetInt64(), other.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Funnel_MapStepsAndSegmentBreakdown_AreTheBindingsAndEachSegmentsFunnel()
    {
        var events = await IngestRandomAsync(seed: 9, customers: 150);
        var mapId = await PutMapAsync();
        var segment = await CreateSegmentAsync("""{"attributes": [], "did": ["Help"], "didNot": [], "channels": []}""");

        var answer = await MeasureAsync(new
        {
            map = mapId, steps = new object[] { new { stepId = "stp_visit" }, new { stepId = "stp_buy" } },
            breakdown = new { by = "segment" },
        });

        var log = Log(events);
        var steps = new[] { FunnelStep.Of("Visit"), new FunnelStep("stp_buy", ["Cart", "Pay"]) };
        var all = Analyze.Funnel(log, new FunnelOptions { Steps = steps });
        var helped = Analyze.Funnel(log, new FunnelOptions { Steps = steps, Filter = new EventFilter { Did = ["Help"] } });
        Assert.Equal(all.Steps.Select(s => s.Customers), answer.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("customers").GetInt64()));
        Assert.Equal("stp_buy", answer.GetProperty("steps")[1].GetProperty("name").GetString());
        var group = Assert.Single(answer.GetProperty("breakdown").GetProperty("groups").EnumerateArray());
        Assert.True(answer.GetProperty("breakdown").GetProperty("overlapping").GetBoolean());
        Assert.Equal(segment, group.GetProperty("key").GetString());
        Assert.Equal(helped.Steps.Select(s => s.Customers), group.GetProperty("customers").EnumerateArray().Select(c => c.GetInt64()));
    }

    [Fact]
    public async Task Funnel_BadRequest_ProblemsAtTheirJsonPaths()
    {
        var mapId = await PutMapAsync();

        using var response = await Http.PostAsJsonAsync(Url, new
        {
            map = mapId,
            steps = new object[] { new { activity = "Visit" }, new { stepId = "stp_visit", activity = "Visit" }, new { stepId = "stp_nope" }, new { stepId = "stp_loose" } },
            mode = "sideways", windowSeconds = 0, over = "hour",
            exclusions = new[] { new { activity = "Help", after = 3 } },
            breakdown = new { by = "attribute", limit = 99 },
        });
        using var noMap = await Http.PostAsJsonAsync(Url, new { map = "map_missing", steps = new[] { new { activity = "A" }, new { activity = "B" } } });
        using var noSegment = await Http.PostAsJsonAsync(Url, new { segment = "seg_missing", steps = new[] { new { activity = "A" }, new { activity = "B" } } });
        using var oneStep = await Http.PostAsJsonAsync(Url, new { steps = new[] { new { stepId = "stp_visit" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiClient.ProblemAsync(response);
        foreach (var path in new[] { "steps[1]", "steps[2].stepId", "steps[3].stepId", "mode", "windowSeconds", "over", "exclusions[0].after", "breakdown.attribute", "breakdown.limit" })
        {
            Assert.True(ApiClient.ErrorsAt(problem, path).Length > 0, $"no problem at {path}: {problem}");
        }

        Assert.Equal(HttpStatusCode.NotFound, noMap.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSegment.StatusCode);
        var few = await ApiClient.ProblemAsync(oneStep);
        Assert.Single(ApiClient.ErrorsAt(few, "steps"));
        Assert.Single(ApiClient.ErrorsAt(few, "steps[0].stepId"));
    }

    [Fact]
    public async Task FunnelCustomers_BadBar_ProblemsAtTheirJsonPaths()
    {
        using var response = await Http.PostAsJsonAsync(Url + "/customers", new
        {
            steps = new[] { new { activity = "Visit" }, new { activity = "Cart" } }, step = 1, dropped = true, limit = 500, group = "web",
        });

        var problem = await ApiClient.ProblemAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(3, new[] { "dropped", "limit", "group" }.Count(p => ApiClient.ErrorsAt(problem, p).Length > 0));
    }

    private async Task<JsonElement> MeasureAsync(object body) => await PostAsync(Url, body);

    private async Task<JsonElement> CustomersAsync(object body) => await PostAsync(Url + "/customers", body);

    private async Task<JsonElement> PostAsync(string url, object body)
    {
        using var response = await Http.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Random journeys over 10 days, with channels, ingested; returned as (customer, minute, activity, channel).</summary>
    private async Task<List<(string Customer, int Minute, string Activity, string Channel)>> IngestRandomAsync(int seed, int customers)
    {
        var random = new Random(seed);
        var channels = new[] { "ads", "email", "web" };
        var events = new List<(string, int, string, string)>();
        for (var c = 0; c < customers; c++)
        {
            var minute = random.Next(0, 60 * 24 * 10);
            for (var e = random.Next(1, 10); e > 0; e--)
            {
                minute += random.Next(1, 2000);
                events.Add(($"c{c}", minute, Activities[random.Next(Activities.Length)], channels[random.Next(channels.Length)]));
            }
        }

        var (_, key) = await CreateKeyAsync(Http);
        foreach (var batch in events.Chunk(500))
        {
            var body = Array([.. batch.Select(e => Event(e.Item1, e.Item3, T0.AddMinutes(e.Item2).ToString("O", System.Globalization.CultureInfo.InvariantCulture), channel: e.Item4))]);
            using var response = await IngestClient.PostAsync(Http, key, body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return events;
    }

    private static EventLog Log(IEnumerable<(string Customer, int Minute, string Activity, string Channel)> events)
    {
        var builder = new EventLogBuilder();
        foreach (var e in events)
        {
            builder.Add(e.Customer, T0.AddMinutes(e.Minute).UtcTicks, e.Activity, e.Channel);
        }

        return builder.Build();
    }

    /// <summary>A map with "stp_visit" (Visit), "stp_buy" (Cart or Pay) and "stp_loose" (unbound).</summary>
    private async Task<string> PutMapAsync()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        map.Stages =
        [
            new Stage
            {
                Id = "stg_all", Name = "All",
                Steps =
                [
                    new Step { Id = "stp_visit", Name = "Visit", Binding = new StepBinding { Activities = ["Visit"] } },
                    new Step { Id = "stp_buy", Name = "stp_buy", Binding = new StepBinding { Activities = ["Cart", "Pay"] } },
                    new Step { Id = "stp_loose", Name = "Loose" },
                ],
            },
        ];
        map.Lanes.ForEach(l => l.Cells.Clear());
        (map.EntryStepId, map.OutcomeStepId) = (null, null);
        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }

    private async Task<string> CreateSegmentAsync(string conditions)
    {
        using var response = await Http.PostAsync($"/api/workspaces/{ApiClient.Workspace}/segments",
            new StringContent($"{{\"name\": \"Asked for help\", \"conditions\": {conditions}}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
