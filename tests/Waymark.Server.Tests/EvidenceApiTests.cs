using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Server.Features.Sources;
using Waymark.Testing.Postgres;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests;

/// <summary>Actual paths, customer look-up and timeline, and maps drafted from data; each provider runs every test.</summary>
public abstract class EvidenceApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private const string Ws = ApiClient.Workspace;
    [Fact]
    public async Task Paths_HandBuiltEvents_FiguresEqualHandComputed()
    {
        await IngestJourneysAsync();
        var mapId = await CreateBoundMapAsync();

        var paths = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/maps/{mapId}/paths");

        Assert.Equal(3, paths.GetProperty("customers").GetInt32());
        Assert.Equal(
            ["s1>s2 2/3", "start>s1 2/2", "s2>end 2/2", "start>s2 1/1", "s2>s1 1/1", "s2>s3 1/1", "s3>end 1/1"],
            paths.GetProperty("transitions").EnumerateArray().Select(Transition));
        Assert.Equal(["Browse 2/2", "Help 1/1"], paths.GetProperty("hiddenActivities").EnumerateArray()
            .Select(h => $"{h.GetProperty("name").GetString()} {h.GetProperty("customers").GetInt32()}/{h.GetProperty("events").GetInt32()}"));
        Assert.Equal(["s4"], paths.GetProperty("unreachedStepIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(2.0 / 3, paths.GetProperty("designedOrderShare").GetDouble(), 12);
    }

    [Fact]
    public async Task Paths_TimeRange_CountsOnlyEventsInside()
    {
        await IngestJourneysAsync();
        var mapId = await CreateBoundMapAsync();

        var paths = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/maps/{mapId}/paths?from=2026-11-01T10:02:00Z&to=2026-11-02");

        // c1: Browse, Signup, Pay -> s2, s3; c2: Visit, Signup -> s1, s2; c3 has no bound event; c4 is before the range.
        Assert.Equal(2, paths.GetProperty("customers").GetInt32());
        Assert.Equal(1.0, paths.GetProperty("designedOrderShare").GetDouble());
    }

    [Fact]
    public async Task Paths_Segment_CountsOnlyItsCustomers()
    {
        await IngestJourneysAsync();
        var mapId = await CreateBoundMapAsync();
        using var created = await Http.PostAsJsonAsync($"/api/workspaces/{Ws}/segments", new
        {
            name = "Pro",
            conditions = new { attributes = new[] { new { key = "plan", values = new[] { "pro" } } }, did = System.Array.Empty<string>(), didNot = System.Array.Empty<string>(), channels = System.Array.Empty<string>() },
        });
        created.EnsureSuccessStatusCode();
        var segment = (await JsonAsync(created)).GetProperty("id").GetString();

        var paths = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/maps/{mapId}/paths?segment={segment}");

        // Only c1 is on the pro plan: Visit, Signup, Pay in order, with Browse hidden.
        Assert.Equal(1, paths.GetProperty("customers").GetInt32());
        Assert.Equal(1.0, paths.GetProperty("designedOrderShare").GetDouble());
        Assert.Equal(["start>s1 1/1", "s1>s2 1/1", "s2>s3 1/1", "s3>end 1/1"], paths.GetProperty("transitions").EnumerateArray().Select(Transition));
        Assert.Equal(["Browse 1/1"], paths.GetProperty("hiddenActivities").EnumerateArray()
            .Select(h => $"{h.GetProperty("name").GetString()} {h.GetProperty("customers").GetInt32()}/{h.GetProperty("events").GetInt32()}"));
    }

    [Fact]
    public async Task Paths_BadDateUnknownMapOrSegment_ClearProblems()
    {
        var mapId = await CreateBoundMapAsync();

        using var badDate = await Http.GetAsync($"/api/workspaces/{Ws}/maps/{mapId}/paths?from=last+tuesday");
        using var backwards = await Http.GetAsync($"/api/workspaces/{Ws}/maps/{mapId}/paths?from=2026-11-02&to=2026-11-01");
        using var unknownMap = await Http.GetAsync($"/api/workspaces/{Ws}/maps/map_nope/paths");
        using var unknownSegment = await Http.GetAsync($"/api/workspaces/{Ws}/maps/{mapId}/paths?segment=seg_nope");

        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("last tuesday", ApiClient.ErrorsAt(await ApiClient.ProblemAsync(badDate), "from").Single(), StringComparison.Ordinal);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(backwards), "to"));
        Assert.Equal(HttpStatusCode.NotFound, unknownMap.StatusCode);
        Assert.Contains("map_nope", (await ApiClient.ProblemAsync(unknownMap)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownSegment.StatusCode);
    }

    [Fact]
    public async Task Customers_Prefix_ListsMatchesWithCountsAndTimes()
    {
        await IngestJourneysAsync();

        var rows = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/customers?query=C&limit=2");
        var all = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/customers");

        Assert.Equal(["c1", "c2"], rows.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var c1 = rows[0];
        Assert.Equal(5, c1.GetProperty("events").GetInt32());
        Assert.Equal("2026-11-01T10:00:00Z", c1.GetProperty("firstSeen").GetString());
        Assert.Equal("2026-11-01T10:04:00Z", c1.GetProperty("lastSeen").GetString());
        Assert.Equal(["c1", "c2", "c3", "c4"], all.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Customers_BadLimitOrQuery_Returns400()
    {
        using var zero = await Http.GetAsync($"/api/workspaces/{Ws}/customers?limit=0");
        using var huge = await Http.GetAsync($"/api/workspaces/{Ws}/customers?limit=1000");
        using var longQuery = await Http.GetAsync($"/api/workspaces/{Ws}/customers?query={new string('q', 500)}");
        using var noWorkspace = await Http.GetAsync("/api/workspaces/ws_nope/customers");

        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(zero), "limit"));
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(huge), "limit"));
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(longQuery), "query"));
        Assert.Equal(HttpStatusCode.NotFound, noWorkspace.StatusCode);
    }

    [Fact]
    public async Task Timeline_KnownCustomer_EventsInOrderOnTheirSteps()
    {
        await IngestJourneysAsync();
        var mapId = await CreateBoundMapAsync();

        var timeline = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/customers/c1/timeline?mapId={mapId}");

        Assert.Equal("c1", timeline.GetProperty("customerId").GetString());
        Assert.Equal("pro", timeline.GetProperty("attributes").GetProperty("plan").GetString());
        var events = timeline.GetProperty("events").EnumerateArray().ToArray();
        Assert.Equal(["Visit", "Visit", "Browse", "Signup", "Pay"], events.Select(e => e.GetProperty("activity").GetString()));
        Assert.Equal(["s1", "s1", "", "s2", "s3"], events.Select(e => string.Join(",", e.GetProperty("stepIds").EnumerateArray().Select(s => s.GetString()))));
        Assert.Equal("2026-11-01T10:03:00Z", events[3].GetProperty("at").GetString());
        Assert.Equal("web", events[0].GetProperty("channel").GetString());
        Assert.Equal("coupon", events[3].GetProperty("properties").GetProperty("source").GetString());
    }

    [Fact]
    public async Task Timeline_CustomerWithFeedback_ItemsInTimeOrderOnTheStepTheMapPlacesThem()
    {
        await IngestJourneysAsync();
        var mapId = await CreateBoundMapAsync();
        var (_, key) = await CreateKeyAsync(Http);
        using var sent = await FeedbackClient.PostAsync(Http, key, FeedbackClient.Batch(
            FeedbackClient.Item("<b>Paying</b> was <script>x</script> painful", time: "2026-11-01T10:04:30Z", score: 3, scoreType: "nps", source: "survey"),
            FeedbackClient.Item("Signing up was lovely and easy", time: "2026-11-01T10:03:00Z", source: "chat"),
            FeedbackClient.Item("someone else", customer: "c2")));
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());

        var timeline = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/customers/c1/timeline?mapId={mapId}");

        var said = timeline.GetProperty("feedback").EnumerateArray().ToArray();
        Assert.Equal(2, timeline.GetProperty("totalFeedback").GetInt32());
        Assert.Equal(["Signing up was lovely and easy", "<b>Paying</b> was <script>x</script> painful"], said.Select(f => f.GetProperty("text").GetString()));
        // At 10:03 the Signup event of the same instant places it on s2; at 10:04:30 the Pay event of 10:04 on s3.
        Assert.Equal(["s2", "s3"], said.Select(f => f.GetProperty("stepId").GetString()));
        Assert.Equal(["event", "event"], said.Select(f => f.GetProperty("placedBy").GetString()));
        Assert.Equal(("nps", 3.0, "survey"), (said[1].GetProperty("scoreType").GetString(), said[1].GetProperty("score").GetDouble(), said[1].GetProperty("source").GetString()));
        Assert.True(said[0].GetProperty("sentiment").GetDouble() > 0);
        Assert.Equal("2026-11-01T10:03:00Z", said[0].GetProperty("at").GetString());
    }

    [Fact]
    public async Task Timeline_FeedbackButNoEvents_ShowsTheFeedbackUnplaced()
    {
        var (_, key) = await CreateKeyAsync(Http);
        using var sent = await FeedbackClient.PostAsync(Http, key, FeedbackClient.Batch(FeedbackClient.Item("Only talked to us", customer: "quiet")));
        Assert.True(sent.IsSuccessStatusCode);

        var timeline = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/customers/quiet/timeline");

        Assert.Equal(0, timeline.GetProperty("totalEvents").GetInt32());
        var item = Assert.Single(timeline.GetProperty("feedback").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("stepId").ValueKind);
    }

    [Fact]
    public async Task Timeline_UnknownCustomerOrMap_Returns404Problem()
    {
        await IngestJourneysAsync();

        using var unknown = await Http.GetAsync($"/api/workspaces/{Ws}/customers/c99/timeline");
        using var unknownMap = await Http.GetAsync($"/api/workspaces/{Ws}/customers/c1/timeline?mapId=map_nope");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("c99", (await ApiClient.ProblemAsync(unknown)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownMap.StatusCode);
    }

    [Theory]
    [InlineData("a/b c")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("../../etc/passwd")]
    [InlineData("名前?#&=%")]
    public async Task Timeline_HostileCustomerIds_FoundExactly(string id)
    {
        var (_, key) = await CreateKeyAsync(Http);
        using var ingest = await PostAsync(Http, key, Array(Event(id, "Visit"), Event("plain", "Visit")));
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);

        using var response = await Http.GetAsync($"/api/workspaces/{Ws}/customers/{Uri.EscapeDataString(id)}/timeline");
        var search = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/customers?query={Uri.EscapeDataString(id[..3])}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(id, (await JsonAsync(response)).GetProperty("customerId").GetString());
        Assert.Equal([id], search.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Timeline_VeryLongOrScriptIdUnknown_Returns404AsJson()
    {
        await IngestJourneysAsync();

        using var longId = await Http.GetAsync($"/api/workspaces/{Ws}/customers/{new string('x', 4000)}/timeline");
        using var script = await Http.GetAsync($"/api/workspaces/{Ws}/customers/{Uri.EscapeDataString("<img src=x onerror=alert(1)>")}/timeline");

        Assert.Equal(HttpStatusCode.NotFound, longId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
        Assert.Equal(404, (await ApiClient.ProblemAsync(script)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Draft_EmptyWorkspace_Returns422Problem()
    {
        using var created = await Http.PostAsJsonAsync("/api/workspaces", new { name = "Empty" });
        var workspace = (await JsonAsync(created)).GetProperty("id").GetString();

        using var response = await Http.PostAsJsonAsync($"/api/workspaces/{workspace}/maps/draft-from-data", new { name = "Nothing" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ApiClient.ProblemAsync(response);
        Assert.Contains("no customer events", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await Http.GetFromJsonAsync<JsonElement[]>($"/api/workspaces/{workspace}/maps") ?? []);
    }

    [Fact]
    public async Task Draft_FromEvents_SavesAValidMapWithBoundStepsInOrder()
    {
        await IngestJourneysAsync();

        using var response = await Http.PostAsJsonAsync($"/api/workspaces/{Ws}/maps/draft-from-data", new { name = "  From data  ", maxSteps = 3 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var summary = await JsonAsync(response);
        Assert.Equal("From data", summary.GetProperty("name").GetString());
        Assert.Equal("currentState", summary.GetProperty("kind").GetString());
        Assert.Equal(3, summary.GetProperty("stepCount").GetInt32());
        var (map, _, _) = await ApiClient.GetMapAsync(Http, summary.GetProperty("id").GetString()!);
        Assert.Empty(MapValidator.Validate(map));
        // Reach picks Signup (3 customers), Browse and Visit (2 each); customers do Visit first, then Browse, then Signup.
        Assert.Equal(["Visit", "Browse", "Signup"], map.AllSteps().Select(s => s.Binding!.Activities.Single()));
        Assert.Equal(3, map.Stages.Count);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(41)]
    public async Task Draft_MaxStepsOutOfRange_Returns400(int maxSteps)
    {
        using var response = await Http.PostAsJsonAsync($"/api/workspaces/{Ws}/maps/draft-from-data", new { maxSteps });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("3 to 40", ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "maxSteps").Single(), StringComparison.Ordinal);
    }

    private static string Transition(JsonElement t) =>
        $"{Step(t, "fromStepId", "start")}>{Step(t, "toStepId", "end")} {t.GetProperty("customers").GetInt32()}/{t.GetProperty("events").GetInt32()}";

    private static string Step(JsonElement t, string name, string none) =>
        t.GetProperty(name).ValueKind == JsonValueKind.Null ? none : t.GetProperty(name).GetString()!;

    /// <summary>
    /// c1 goes Visit, Signup, Pay (a repeat and an unbound Browse between); c2 goes back from Signup to Visit;
    /// c3 only does unbound things; c4 starts at Signup.
    /// </summary>
    private async Task IngestJourneysAsync()
    {
        var (_, key) = await CreateKeyAsync(Http);
        string At(int minute) => $"2026-11-01T10:{minute:00}:00Z";
        using var response = await PostAsync(Http, key, Array(
            Event("c1", "Visit", At(0), channel: "web"), Event("c1", "Visit", At(1)), Event("c1", "Browse", At(2)),
            """{"customerId":"c1","activity":"Signup","timestamp":"2026-11-01T10:03:00Z","properties":{"source":"coupon"}}""",
            Event("c1", "Pay", At(4)),
            Event("c2", "Visit", At(0), channel: "app"), Event("c2", "Signup", At(1)), Event("c2", "Visit", At(2)), Event("c2", "Signup", At(3)),
            Event("c3", "Browse", At(0)), Event("c3", "Help", At(1)),
            Event("c4", "Signup", At(0))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await SetAttributeAsync("c1", "plan", "pro");
    }

    private async Task SetAttributeAsync(string customer, string attribute, string value)
    {
        var store = (Waymark.Data.EventStores.IEventStore)Factory.Services.GetService(typeof(Waymark.Data.EventStores.IEventStore))!;
        await store.SetAttributesAsync(EventSources.DefaultKey(Ws), [new Waymark.Data.EventStores.CustomerAttribute(customer, attribute, value)]);
    }

    /// <summary>A map with steps s1 Visit, s2 Signup, s3 Pay, s4 Renew (nobody renews) and an unbound note step.</summary>
    private async Task<string> CreateBoundMapAsync()
    {
        using var created = await Http.PostAsJsonAsync($"/api/workspaces/{Ws}/maps", new { name = "Bound" });
        var id = (await JsonAsync(created)).GetProperty("id").GetString()!;
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        var stage = new Stage { Id = "stg-1", Name = "Journey" };
        foreach (var (step, activity) in new[] { ("s1", "Visit"), ("s2", "Signup"), ("s3", "Pay"), ("s4", "Renew"), ("notes", "") })
        {
            stage.Steps.Add(new Step { Id = step, Name = step, Binding = activity.Length == 0 ? null : new StepBinding { Activities = [activity] } });
        }

        map.Stages = [stage];
        using var put = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), etag);
        put.EnsureSuccessStatusCode();
        return id;
    }
}

public sealed class SqliteEvidenceApiTests : EvidenceApiTests
{
    public SqliteEvidenceApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection4.Name)]
public sealed class PostgresEvidenceApiTests : EvidenceApiTests
{
    public PostgresEvidenceApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
