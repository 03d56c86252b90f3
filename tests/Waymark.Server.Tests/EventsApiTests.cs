using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data.EventStores;
using Waymark.Server.Caches;
using Waymark.Server.Features.Sources;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests;

/// <summary>API keys, ingestion, activities and the log cache; each provider runs every test.</summary>
public abstract class EventsApiTests : IDisposable
{
    private readonly string _provider;
    private readonly string _connectionString;
    private readonly WaymarkFactory _factory;

    protected EventsApiTests(string provider, string connectionString)
    {
        (_provider, _connectionString) = (provider, connectionString);
        _factory = new WaymarkFactory(provider, connectionString);
        Http = _factory.CreateClient();
    }

    protected HttpClient Http { get; }

    [Fact]
    public async Task Ingest_JsonArray_StoresEveryEvent()
    {
        var (_, key) = await CreateKeyAsync(Http);

        using var response = await PostAsync(Http, key, Array(
            Event("c1", "Visited"), Event("c1", "Signed up", "2026-11-01T10:05:00+01:00", channel: "web"), Event("c2", "Visited")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(3, body.GetProperty("accepted").GetInt32());
        Assert.Equal(0, body.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, body.GetProperty("rejected").GetArrayLength());
        var activities = await ActivitiesAsync(Http);
        Assert.Equal((2L, 2L), activities["Visited"]);
        Assert.Equal((1L, 1L), activities["Signed up"]);
    }

    [Fact]
    public async Task Ingest_Ndjson_StoresEveryLine()
    {
        var (_, key) = await CreateKeyAsync(Http);
        var ndjson = Event("c1", "Visited") + "\n\n" + Event("c2", "Visited") + "\r\n" + Event("c2", "Bought") + "\n";

        using var response = await PostAsync(Http, key, ndjson, "application/x-ndjson");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await JsonAsync(response)).GetProperty("accepted").GetInt32());
    }

    [Fact]
    public async Task Ingest_RepeatedIds_StoresEachIdOnce()
    {
        var (_, key) = await CreateKeyAsync(Http);
        using var first = await PostAsync(Http, key, Array(Event("c1", "Visited", id: "e1"), Event("c1", "Bought", id: "e2"), Event("c1", "Visited")));

        using var retry = await PostAsync(Http, key, Array(
            Event("c1", "Visited", id: "e1"), Event("c1", "Bought", id: "e2"), Event("c2", "Visited", id: "e3"), Event("c2", "Visited", id: "e3")));

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var body = await JsonAsync(retry);
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        Assert.Equal(3, body.GetProperty("duplicates").GetInt32());
        Assert.Equal((3L, 2L), (await ActivitiesAsync(Http))["Visited"]);
    }

    [Fact]
    public async Task Ingest_SomeInvalid_KeepsValidAndRejectsByIndex()
    {
        var (_, key) = await CreateKeyAsync(Http);

        using var response = await PostAsync(Http, key, Array(
            Event("c1", "Visited"),
            """{"activity":"Visited","timestamp":"2026-11-01T10:00:00Z"}""",
            Event("c1", "Visited", "yesterday"),
            """{"customerId":"c3","activity":"Paid","timestamp":"2026-11-01T10:00:00Z","properties":{"plan":"pro"}}""",
            """{"customerId":"c3","activity":"Paid","timestamp":"2026-11-01T10:00:00Z","properties":{"seats":3}}""",
            "42"));

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(2, body.GetProperty("accepted").GetInt32());
        var rejected = body.GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal([1, 2, 4, 5], rejected.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Contains("customerId", rejected[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("timestamp", rejected[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("properties.seats", rejected[2].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_NulCharacters_RejectedOneByOneAndTheRestStored()
    {
        var (_, key) = await CreateKeyAsync(Http);

        using var response = await PostAsync(Http, key, Array(
            Event("c1", "Visited"),
            """{"customerId":"c\u0000 2","activity":"Visited","timestamp":"2026-11-01T10:00:00Z"}""",
            """{"customerId":"c3","activity":"Vis\u0000ited","timestamp":"2026-11-01T10:00:00Z","properties":{"note":"a\u0000b"}}""",
            """{"customerId":"c4","activity":"<script>alert(1)</script>","timestamp":"2026-11-01T10:00:00Z","properties":{"note":"a\u0000b"}}"""));

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(2, body.GetProperty("accepted").GetInt32());
        var rejected = body.GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal([1, 2], rejected.Select(r => r.GetProperty("index").GetInt32()));
        Assert.StartsWith("customerId contains a NUL character", rejected[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("activity contains a NUL character", rejected[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var activities = await ActivitiesAsync(Http);
        Assert.Equal((1L, 1L), activities["<script>alert(1)</script>"]); // stored as text; a NUL in a property value too
    }

    [Fact]
    public async Task Ingest_LoneSurrogates_RejectedOneByOne()
    {
        var (_, key) = await CreateKeyAsync(Http);

        using var response = await PostAsync(Http, key, Array(
            Event("c1", "Visited"),
            """{"customerId":"c2","activity":"half \ud83d","timestamp":"2026-11-01T10:00:00Z"}""",
            """{"customerId":"c3","activity":"Visited","timestamp":"2026-11-01\udc00"}"""));

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var rejected = (await JsonAsync(response)).GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal([1, 2], rejected.Select(r => r.GetProperty("index").GetInt32()));
        Assert.StartsWith("activity is not valid Unicode text", rejected[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("timestamp is not valid Unicode text", rejected[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_NdjsonWithBadLines_RejectsByLine()
    {
        var (_, key) = await CreateKeyAsync(Http);
        var ndjson = Event("c1", "Visited") + "\n\n{not json\n" + Event("", "Visited") + "\n" + Event("c2", "Visited");

        using var response = await PostAsync(Http, key, ndjson, "application/x-ndjson");

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(2, body.GetProperty("accepted").GetInt32());
        var rejected = body.GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal([3, 4], rejected.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal([1, 2], rejected.Select(r => r.GetProperty("index").GetInt32()));
    }

    [Fact]
    public async Task Ingest_OverLimit_Returns413AndStoresNothing()
    {
        using var factory = NewFactory(new() { ["Ingest:MaxBodyBytes"] = "1000" });
        using var http = factory.CreateClient();
        var (_, key) = await CreateKeyAsync(http);
        var events = Enumerable.Range(0, 50).Select(i => Event("c" + i, "Visited")).ToArray();

        using var response = await PostAsync(http, key, Array(events));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await ApiClient.ProblemAsync(response)).GetProperty("status").GetInt32());
        Assert.Empty(await ActivitiesAsync(http));
    }

    [Fact]
    public async Task Ingest_BadOrMissingKey_Returns401()
    {
        await CreateKeyAsync(Http);

        using var none = await PostAsync(Http, null, Array(Event("c1", "Visited")));
        using var wrong = await PostAsync(Http, "wmk_" + new string('A', 43), Array(Event("c1", "Visited")));
        using var garbage = await PostAsync(Http, "hello", Array(Event("c1", "Visited")));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        Assert.Equal(401, (await ApiClient.ProblemAsync(wrong)).GetProperty("status").GetInt32());
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Ingest_RevokedKey_Returns401()
    {
        var (id, key) = await CreateKeyAsync(Http);
        using var before = await PostAsync(Http, key, Array(Event("c1", "Visited")));

        using var revoke = await Http.DeleteAsync($"/api/workspaces/{ApiClient.Workspace}/api-keys/{id}");
        using var after = await PostAsync(Http, key, Array(Event("c1", "Visited")));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Ingest_XWaymarkKeyHeader_IsAccepted()
    {
        var (_, key) = await CreateKeyAsync(Http);
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(Array(Event("c1", "Visited")), Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Waymark-Key", key);

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_OverRate_Returns429WithRetryAfter()
    {
        using var factory = NewFactory(new() { ["Ingest:Burst"] = "2", ["Ingest:RequestsPerSecond"] = "1" });
        using var http = factory.CreateClient();
        var (_, key) = await CreateKeyAsync(http);
        var (_, other) = await CreateKeyAsync(http, name: "app");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await PostAsync(http, key, Array(Event("c1", "Visited")));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
            }
        }

        using var otherKey = await PostAsync(http, other, Array(Event("c1", "Visited")));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
    }

    [Fact]
    public async Task ApiKeys_CreateListRevoke_NeverListsSecret()
    {
        var (id, key) = await CreateKeyAsync(Http, name: "CRM sync");
        await Http.DeleteAsync($"/api/workspaces/{ApiClient.Workspace}/api-keys/{id}");

        var text = await Http.GetStringAsync($"/api/workspaces/{ApiClient.Workspace}/api-keys");

        var listed = JsonDocument.Parse(text).RootElement.EnumerateArray().Single();
        Assert.StartsWith("wmk_", key, StringComparison.Ordinal);
        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        Assert.Equal("CRM sync", listed.GetProperty("name").GetString());
        Assert.StartsWith(listed.GetProperty("prefix").GetString()!, key, StringComparison.Ordinal);
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("revokedAt").ValueKind);
    }

    [Fact]
    public async Task ApiKeys_Create_AnswerIsNotCached()
    {
        using var response = await Http.PostAsJsonAsync($"/api/workspaces/{ApiClient.Workspace}/api-keys", new { name = "web" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task ApiKeys_UnknownWorkspace_Returns404()
    {
        using var response = await Http.PostAsJsonAsync("/api/workspaces/nope/api-keys", new { name = "x" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Activities_SortedByEventsDescending()
    {
        var (_, key) = await CreateKeyAsync(Http);
        await PostAsync(Http, key, Array(Event("c1", "A"), Event("c1", "B"), Event("c2", "B"), Event("c2", "B"), Event("c3", "C"), Event("c3", "C"), Event("c3", "C")));

        var rows = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{ApiClient.Workspace}/activities");

        Assert.Equal(["B", "C", "A"], rows.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal([3L, 3L, 1L], rows.EnumerateArray().Select(r => r.GetProperty("events").GetInt64()));
        Assert.Equal([2L, 1L, 1L], rows.EnumerateArray().Select(r => r.GetProperty("customers").GetInt64()));
    }

    [Fact]
    public async Task Activities_AfterAppend_ReadsOnlyNewRows()
    {
        var cache = _factory.Services.GetRequiredService<EventLogCache>();
        var (_, key) = await CreateKeyAsync(Http);
        await PostAsync(Http, key, Array(Event("c1", "Visited"), Event("c2", "Visited"), Event("c3", "Visited")));
        Assert.Equal((3L, 3L), (await ActivitiesAsync(Http))["Visited"]);
        var readBefore = cache.RowsRead;

        await PostAsync(Http, key, Array(Event("c1", "Bought"), Event("c4", "Visited")));
        var after = await ActivitiesAsync(Http);
        var unchanged = await ActivitiesAsync(Http);

        Assert.Equal(2, cache.RowsRead - readBefore);
        Assert.Equal((4L, 4L), after["Visited"]);
        Assert.Equal((1L, 1L), after["Bought"]);
        Assert.Equal(after, unchanged);
    }

    [Fact]
    public async Task LogCache_Attributes_ReachTheLogAndChangesAreReadIncrementally()
    {
        var cache = _factory.Services.GetRequiredService<EventLogCache>();
        var store = _factory.Services.GetRequiredService<IEventStore>();
        var (_, key) = await CreateKeyAsync(Http);
        await PostAsync(Http, key, Array(Event("c1", "Visited"), Event("c2", "Visited")));
        await store.SetAttributesAsync(EventSources.DefaultKey(ApiClient.Workspace), [new("c1", "plan", "free"), new("c2", "plan", "pro"), new("c9", "plan", "pro")]);
        var log = await cache.GetAsync(EventSources.DefaultKey(ApiClient.Workspace), default);
        var before = (Plan(log, "c1"), Plan(log, "c2"), log.Customers.IdOf("c9"));
        var readBefore = cache.RowsRead;

        await store.SetAttributesAsync(EventSources.DefaultKey(ApiClient.Workspace), [new("c1", "plan", "pro"), new("c2", "region", "EU")]);
        await PostAsync(Http, key, Array(Event("c9", "Visited")));
        var updated = await cache.GetAsync(EventSources.DefaultKey(ApiClient.Workspace), default);

        Assert.Equal(("free", "pro", -1), before);
        Assert.Equal(3, cache.RowsRead - readBefore);
        Assert.Equal(("pro", "pro", "pro"), (Plan(updated, "c1"), Plan(updated, "c2"), Plan(updated, "c9")));
        Assert.Equal("EU", updated.Attributes.Get(updated.Customers.IdOf("c2"), "region"));
    }

    [Fact]
    public async Task LogCache_AttributeRowsFromBeforeTheWriteSequence_AreRead()
    {
        var (_, key) = await CreateKeyAsync(Http);
        await PostAsync(Http, key, Array(Event("c1", "Visited")));
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Waymark.Data.WaymarkDbContext>();
            db.CustomerAttributes.Add(new Waymark.Data.Entities.CustomerAttributeEntity
            {
                WorkspaceId = ApiClient.Workspace, SourceId = EventSources.DefaultKey(ApiClient.Workspace).SourceId, CustomerId = "c1", Key = "plan", Value = "legacy",
            });
            await db.SaveChangesAsync();
        }

        var log = await _factory.Services.GetRequiredService<EventLogCache>().GetAsync(EventSources.DefaultKey(ApiClient.Workspace), default);

        Assert.Equal("legacy", Plan(log, "c1"));
    }

    private static string? Plan(Waymark.Analytics.Events.EventLog log, string customer) => log.Attributes.Get(log.Customers.IdOf(customer), "plan");

    [Fact]
    public async Task Activities_ReadWhileAppendingConcurrently_MissesNoEvent()
    {
        var (_, key) = await CreateKeyAsync(Http);
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var b = 0; b < 8; b++)
            {
                var events = Enumerable.Range(0, 25).Select(i => Event($"w{w}-c{i}", "Visited")).ToArray();
                using var response = await PostAsync(Http, key, Array(events));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }));
        var reader = Task.Run(async () =>
        {
            for (var r = 0; r < 20; r++)
            {
                await ActivitiesAsync(Http);
            }
        });

        await Task.WhenAll([.. writers, reader]);

        Assert.Equal((8L * 8 * 25, 8L * 25), (await ActivitiesAsync(Http))["Visited"]);
    }

    public void Dispose()
    {
        Http.Dispose();
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private WaymarkFactory NewFactory(Dictionary<string, string> settings) =>
        new(_provider, _connectionString, settings);
}
