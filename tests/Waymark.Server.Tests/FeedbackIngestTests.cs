using System.Net;
using System.Text.Json;
using static Waymark.Server.Tests.FeedbackClient;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests;

/// <summary>POST /api/ingest/feedback and the feedback read endpoints; each provider runs every test.</summary>
public abstract class FeedbackIngestTests : IDisposable
{
    private readonly string _provider;
    private readonly string _connectionString;
    private readonly WaymarkFactory _factory;

    protected FeedbackIngestTests(string provider, string connectionString)
    {
        (_provider, _connectionString) = (provider, connectionString);
        _factory = new WaymarkFactory(provider, connectionString);
        Http = _factory.CreateClient();
    }

    protected HttpClient Http { get; }

    [Fact]
    public async Task Ingest_Batch_StoresEveryItemAndSummaryCountsThem()
    {
        var (_, key) = await CreateKeyAsync(Http);

        using var response = await FeedbackClient.PostAsync(Http, key, Batch(
            Item("Setup was painless", score: 9, scoreType: "nps"),
            Item(null, customer: "c2", score: 4, scoreType: "csat", time: "2026-11-02T09:00:00+01:00"),
            Item("Saw your ad, looks nice", customer: null, source: "social")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal((3, 0, 0), (body.GetProperty("accepted").GetInt32(), body.GetProperty("duplicates").GetInt32(), body.GetProperty("rejected").GetArrayLength()));
        var summary = await SummaryAsync(Http, ApiClient.Workspace);
        Assert.Equal((3, 2, 2), (summary.GetProperty("items").GetInt64(), summary.GetProperty("customers").GetInt64(), summary.GetProperty("withText").GetInt64()));
        Assert.Equal((2, 1, 0), (summary.GetProperty("bySource").GetProperty("survey").GetInt64(), summary.GetProperty("bySource").GetProperty("social").GetInt64(),
            summary.GetProperty("bySource").GetProperty("chat").GetInt64()));
        Assert.Equal((1, 1, 1), (summary.GetProperty("byScoreType").GetProperty("nps").GetInt64(), summary.GetProperty("byScoreType").GetProperty("csat").GetInt64(),
            summary.GetProperty("byScoreType").GetProperty("none").GetInt64()));
        Assert.Equal(new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc), summary.GetProperty("first").GetDateTime().ToUniversalTime());
        Assert.Equal(new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc), summary.GetProperty("last").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task Ingest_NdjsonAndBareArray_AreReadAndListedLatestFirst()
    {
        var (_, key) = await CreateKeyAsync(Http);
        var ndjson = Item("first", time: "2026-11-01T10:00:00Z") + "\n\n" + Item("second", time: "2026-11-02T10:00:00Z") + "\r\n";

        using var lines = await FeedbackClient.PostAsync(Http, key, ndjson, "application/x-ndjson");
        using var array = await FeedbackClient.PostAsync(Http, key, "[" + Item("third", time: "2026-11-03T10:00:00Z") + "]");

        Assert.Equal(2, (await JsonAsync(lines)).GetProperty("accepted").GetInt32());
        Assert.Equal(1, (await JsonAsync(array)).GetProperty("accepted").GetInt32());
        var list = await ListAsync(Http, ApiClient.Workspace, "limit=2");
        Assert.Equal(3, list.GetProperty("total").GetInt64());
        Assert.Equal(["third", "second"], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()));
        var first = list.GetProperty("items")[0];
        Assert.Equal(("c1", "other", false), (first.GetProperty("customerId").GetString(), first.GetProperty("source").GetString(), first.GetProperty("solicited").GetBoolean()));
    }

    [Fact]
    public async Task Ingest_GivenAndContentIds_ResendingStoresNothingNew()
    {
        var (_, key) = await CreateKeyAsync(Http);
        var batch = Batch(Item("Great", id: "f1"), Item("Great", id: "f1"), Item("No id here"), Item("No id here, other customer", customer: "c2"));
        using var first = await FeedbackClient.PostAsync(Http, key, batch);

        using var again = await FeedbackClient.PostAsync(Http, key, batch);

        var (a, b) = (await JsonAsync(first), await JsonAsync(again));
        Assert.Equal((3, 1), (a.GetProperty("accepted").GetInt32(), a.GetProperty("duplicates").GetInt32()));
        Assert.Equal((0, 4), (b.GetProperty("accepted").GetInt32(), b.GetProperty("duplicates").GetInt32()));
        var ids = (await ListAsync(Http, ApiClient.Workspace)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Contains("f1", ids);
        Assert.Equal(2, ids.Count(i => i.StartsWith("fb_", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Ingest_BadItems_RejectedWithIndexPathAndProblemTheRestStored()
    {
        var (_, key) = await CreateKeyAsync(Http);

        using var response = await FeedbackClient.PostAsync(Http, key, Batch(
            Item("ok"),
            Item("too high", score: 11, scoreType: "nps"),
            Item("where from", source: "pigeon"),
            Item("when", time: "yesterday"),
            """{"time":"2026-11-01T10:00:00Z","text":"x","properties":{"seats":3}}""",
            "42"));

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        var rejected = body.GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal([1, 2, 3, 4, 5], rejected.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Equal(["$.feedback[1].score", "$.feedback[2].source", "$.feedback[3].time", "$.feedback[4].properties", "$.feedback[5]"],
            rejected.Select(r => r.GetProperty("path").GetString()));
        Assert.Contains("out of range for NPS (0-10)", rejected[0].GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Contains("survey, review, chat, call, social, email, other", rejected[1].GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_NdjsonWithBadLines_RejectsByLine()
    {
        var (_, key) = await CreateKeyAsync(Http);
        var ndjson = Item("a") + "\n\n{not json\n" + Item("b", score: 0, scoreType: "csat") + "\n" + Item("c");

        using var response = await FeedbackClient.PostAsync(Http, key, ndjson, "application/x-ndjson");

        var body = await JsonAsync(response);
        Assert.Equal(2, body.GetProperty("accepted").GetInt32());
        var rejected = body.GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal([3, 4], rejected.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(["$", "$.score"], rejected.Select(r => r.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Ingest_HostileText_StoredAsTextOrRejectedCleanly()
    {
        var (_, key) = await CreateKeyAsync(Http);
        const string script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        const string mixed = "Отлично! 很好 ممتاز שלום 🎉🎉🎉👍🏽👩‍👩‍👧 e\u0301";
        var emojiFlood = string.Concat(Enumerable.Repeat("😡", 5000));

        using var response = await FeedbackClient.PostAsync(Http, key, Batch(
            Item(script), Item(mixed), Item(emojiFlood), Item(new string('x', 1_000_000)), Item("nul\u0000here"),
            JsonSerializer.Serialize(new { time = "2026-11-01T10:00:00Z", text = "ok", customerId = "c\u0000" })));

        var body = await JsonAsync(response);
        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        Assert.Equal(3, body.GetProperty("accepted").GetInt32());
        var rejected = body.GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal(["$.feedback[3].text", "$.feedback[4].text", "$.feedback[5].customerId"], rejected.Select(r => r.GetProperty("path").GetString()));
        Assert.Contains("1,000,000 characters", rejected[0].GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Contains("NUL", rejected[1].GetProperty("problem").GetString(), StringComparison.Ordinal);
        var texts = (await ListAsync(Http, ApiClient.Workspace)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToList();
        Assert.Contains(script, texts);
        Assert.Contains(mixed, texts);
        Assert.Contains(emojiFlood, texts);
    }

    [Fact]
    public async Task Ingest_BadOrRevokedKey_Returns401()
    {
        var (id, key) = await CreateKeyAsync(Http);
        using var none = await FeedbackClient.PostAsync(Http, null, Batch(Item("a")));
        using var wrong = await FeedbackClient.PostAsync(Http, "wmk_" + new string('A', 43), Batch(Item("a")));
        using var before = await FeedbackClient.PostAsync(Http, key, Batch(Item("a")));

        using var revoke = await Http.DeleteAsync($"/api/workspaces/{ApiClient.Workspace}/api-keys/{id}");
        using var after = await FeedbackClient.PostAsync(Http, key, Batch(Item("b")));

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.Unauthorized],
            new[] { none.StatusCode, wrong.StatusCode, before.StatusCode, after.StatusCode });
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Ingest_OverLimitOrOtherWorkspace_RefusedAndStoresNothing()
    {
        using var factory = new WaymarkFactory(_provider, _connectionString, new Dictionary<string, string> { ["Ingest:MaxBodyBytes"] = "1000" });
        using var http = factory.CreateClient();
        var (_, key) = await CreateKeyAsync(http);

        using var large = await FeedbackClient.PostAsync(http, key, Batch(Enumerable.Range(0, 50).Select(i => Item("text " + i)).ToArray()));
        using var other = await FeedbackClient.PostAsync(http, key, Batch(Item("a")), query: "?workspace=someone-else");
        using var unreadable = await FeedbackClient.PostAsync(http, key, """{"items":[]}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(413, (await ApiClient.ProblemAsync(large)).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Equal(0, (await SummaryAsync(http, ApiClient.Workspace)).GetProperty("items").GetInt64());
    }

    [Fact]
    public async Task ReadEndpoints_UnknownWorkspaceOrBadPage_AreProblems()
    {
        using var summary = await Http.GetAsync("/api/workspaces/nope/feedback/summary");
        using var page = await Http.GetAsync($"/api/workspaces/{ApiClient.Workspace}/feedback?limit=0");

        Assert.Equal(HttpStatusCode.NotFound, summary.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.True((await ApiClient.ProblemAsync(page)).GetProperty("errors").TryGetProperty("limit", out _));
    }

    public void Dispose()
    {
        Http.Dispose();
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
