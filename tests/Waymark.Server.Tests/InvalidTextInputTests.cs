using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Core.Text;
using Waymark.Data.EventStores;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Tests;

/// <summary>
/// Text that is not text (an escaped lone surrogate, bytes that are not UTF-8) on every way in: each item or row is
/// rejected alone, naming its index and JSON path or its line and field, and nothing of it is stored, so the
/// workspace's reads keep answering. Each provider runs every test.
/// </summary>
public abstract class InvalidTextInputTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private const string Time = "2026-11-01T10:00:00Z";
    [Fact]
    public async Task IngestEvents_BadTextAnywhere_RejectedByIndexAndPath()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var (_, key) = await IngestClient.CreateKeyAsync(Http, ws);
        var body = Utf8("[" + string.Join(",",
            Event("c1", """{"k":"fine"}"""),
            Event("c2", """{"k":"half \ud800 pair"}"""),
            Event("c3", """{"\ud800":1}"""),
            Event("c4", """{"k":"BAD"}"""),
            """{"customerId":"c5","activity":"Visited","timestamp":"2026-11-01T10:00:00Z","extra":{"deep":["\udc00"]}}""") + "]");

        using var response = await SendAsync("/api/ingest/events", key, body, "application/json");

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var rejected = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal(
            [(1, "$[1].properties.k"), (2, """$[2].properties["\ud800"]"""), (3, "$[3].properties.k"), (4, "$[4].extra.deep[0]")],
            rejected.Select(r => (r.GetProperty("index").GetInt32(), r.GetProperty("path").GetString()!)));
        Assert.All(rejected, r => Assert.Contains("is not valid Unicode text", r.GetProperty("reason").GetString(), StringComparison.Ordinal));
        await AssertStoredEventsAreTextAsync(ws, expected: 1);
    }

    [Fact]
    public async Task IngestEvents_NdjsonBadLine_RejectedByLineAndPath()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var (_, key) = await IngestClient.CreateKeyAsync(Http, ws);
        var body = Utf8(Event("c1", null) + "\n" + Event("c2", """{"k":"\udc00"}""") + "\n");

        using var response = await SendAsync("/api/ingest/events", key, body, "application/x-ndjson");

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var rejected = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rejected")[0];
        Assert.Equal((1, 2, "$.properties.k"), (rejected.GetProperty("index").GetInt32(), rejected.GetProperty("line").GetInt32(), rejected.GetProperty("path").GetString()));
        await AssertStoredEventsAreTextAsync(ws, expected: 1);
    }

    [Fact]
    public async Task IngestFeedback_BadTextInPropertiesOrNames_RejectedByPath()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var (_, key) = await IngestClient.CreateKeyAsync(Http, ws);
        var body = Utf8("""{"feedback":[""" + string.Join(",",
            Feedback("""{"k":"fine"}"""),
            Feedback("""{"k":"\ud800"}"""),
            Feedback("""{"\udc00":"x"}"""),
            """{"time":"2026-11-01T10:00:00Z","text":"ok","\ud800":5}""",
            Feedback("""{"k":"BAD"}""")) + "]}");

        using var response = await SendAsync("/api/ingest/feedback", key, body, "application/json");

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var rejected = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal(["$.feedback[1].properties.k", """$.feedback[2].properties["\udc00"]""", """$.feedback[3]["\ud800"]""", "$.feedback[4].properties.k"],
            rejected.Select(r => r.GetProperty("path").GetString()));
        await AssertStoredFeedbackIsTextAsync(ws, expected: 1);
    }

    [Fact]
    public async Task IngestFeedback_TimeAtLongMinValue_RejectedByPath()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var (_, key) = await IngestClient.CreateKeyAsync(Http, ws);
        var body = Utf8("""{"feedback":[{"time":"2026-11-01T10:00:00Z","text":"fine"},{"time":-9223372036854775808,"text":"fine"},{"time":"-9223372036854775808","text":"fine"}]}""");

        using var response = await SendAsync("/api/ingest/feedback", key, body, "application/json");

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var rejected = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal(["$.feedback[1].time", "$.feedback[2].time"], rejected.Select(r => r.GetProperty("path").GetString()));
        await AssertStoredFeedbackIsTextAsync(ws, expected: 1);
    }

    [Fact]
    public async Task UploadEvents_NdjsonWithLoneSurrogates_RowsRejectedByLineAndField()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var file = Utf8("""
            {"customer_id":"c1","activity":"Visited","timestamp":"2026-11-01T10:00:00Z","properties":{"k":"fine"}}
            {"customer_id":"c2","activity":"Visited","timestamp":"2026-11-01T10:00:00Z","properties":{"k":"\udc00"}}
            {"customer_id":"c3\ud800","activity":"Visited","timestamp":"2026-11-01T10:00:00Z"}
            {"customer_id":"c4","activity":"Visited","timestamp":"2026-11-01T10:00:00Z","attributes":{"\udc00":"x"}}
            """);

        using var response = await ImportsClient.UploadAsync(Http, ws, file, "fileName=events.ndjson");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal((1L, 3L), (body.GetProperty("imported").GetInt64(), body.GetProperty("rejected").GetInt64()));
        var problems = body.GetProperty("problems").EnumerateArray().ToArray();
        Assert.Equal([(2L, "properties.k"), (3L, "customer_id"), (4L, """attributes["\udc00"]""")],
            problems.Select(p => (p.GetProperty("line").GetInt64(), p.GetProperty("column").GetString()!)));
        await AssertStoredEventsAreTextAsync(ws, expected: 1);
    }

    [Fact]
    public async Task PreviewEvents_NdjsonWithLoneSurrogates_ShowsTheRowsAndNotesTheLine()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var file = Utf8("""
            {"customer_id":"c1","activity":"Visited","timestamp":"2026-11-01T10:00:00Z"}
            {"customer_id":"c2\udc00","activity":"Visited","timestamp":"2026-11-01T10:00:00Z","\ud800":"x"}
            """);

        using var response = await ImportsClient.PreviewAsync(Http, ws, file, "fileName=events.ndjson&complete=true");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal(2, body.GetProperty("rows").GetArrayLength());
        Assert.Contains(body.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Line 2:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadFeedback_NdjsonWithLoneSurrogates_RowsRejectedByLineAndMember()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var file = Utf8("""
            {"time":"2026-11-01T10:00:00Z","text":"fine"}
            {"time":"2026-11-01T10:00:00Z","text":"fine","properties":{"k":"\udc00"}}
            {"time":"2026-11-01T10:00:00Z","text":"fine","\ud800":1}
            """);

        using var response = await FeedbackClient.UploadAsync(Http, ws, file, "fileName=feedback.ndjson");
        using var preview = await FeedbackClient.PreviewAsync(Http, ws, file, "fileName=feedback.ndjson&complete=true");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal([(2L, "properties.k"), (3L, """["\ud800"]""")],
            body.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("line").GetInt64(), p.GetProperty("column").GetString()!)));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        await AssertStoredFeedbackIsTextAsync(ws, expected: 1);
    }

    [Fact]
    public async Task CreateSegment_LoneSurrogates_RejectedWithTheirPath()
    {
        string[] bodies =
        [
            """{"name":"a\ud800"}""",
            """{"name":"ok","conditions":{"did":["fine","\udc00"]}}""",
            """{"name":"ok","\udc00":1}""",
            """{"name":"ok","conditions":{"attributes":[{"key":"plan","values":["\ud800"]}]}}""",
        ];
        string[] paths = ["name", "conditions.did[1]", """["\udc00"]""", "conditions.attributes[0].values[0]"];

        for (var i = 0; i < bodies.Length; i++)
        {
            using var response = await Http.PostAsync($"/api/workspaces/{ApiClient.Workspace}/segments", new StringContent(bodies[i], Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("not valid Unicode text", ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), paths[i]).Single(), StringComparison.Ordinal);
        }

        Assert.Equal(0, (await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{ApiClient.Workspace}/segments")).GetArrayLength());
    }

    /// <summary>UTF-8 bytes; "BAD" becomes the byte 0xC3 alone, which is no UTF-8.</summary>
    private static byte[] Utf8(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        for (var at = IndexOfBad(bytes); at >= 0; at = IndexOfBad(bytes))
        {
            bytes.RemoveRange(at, 3);
            bytes.Insert(at, 0xC3);
        }

        return [.. bytes];
    }

    private static int IndexOfBad(List<byte> bytes)
    {
        for (var i = 0; i + 2 < bytes.Count; i++)
        {
            if (bytes[i] == 'B' && bytes[i + 1] == 'A' && bytes[i + 2] == 'D')
            {
                return i;
            }
        }

        return -1;
    }

    private static string Event(string customer, string? properties) =>
        $$"""{"customerId":"{{customer}}","activity":"Visited","timestamp":"{{Time}}"{{(properties is null ? "" : ",\"properties\":" + properties)}}}""";

    private static string Feedback(string properties) => $$"""{"time":"{{Time}}","text":"fine","properties":{{properties}}}""";

    private Task<HttpResponseMessage> SendAsync(string url, string key, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return Http.SendAsync(request);
    }

    private async Task AssertStoredEventsAreTextAsync(string ws, int expected)
    {
        var store = Factory.Services.GetRequiredService<IEventStore>();
        var stored = new List<StoredEvent>();
        await foreach (var e in store.ReadSinceAsync(EventSources.DefaultKey(ws), 0))
        {
            stored.Add(e);
        }

        Assert.Equal(expected, stored.Count);
        Assert.All(stored, e => Assert.Null(e.Properties is null ? null : JsonText.FindInvalid(JsonDocument.Parse(e.Properties).RootElement)));
        var summary = await ImportsClient.SummaryAsync(Http, ws);
        Assert.Equal((expected, 0L), (summary.GetProperty("events").GetInt64(), summary.GetProperty("replacedValues").GetInt64()));
    }

    private async Task AssertStoredFeedbackIsTextAsync(string ws, int expected)
    {
        var store = Factory.Services.GetRequiredService<IFeedbackStore>();
        var stored = new List<StoredFeedback>();
        await foreach (var f in store.ReadSinceAsync(ws, 0))
        {
            stored.Add(f);
        }

        Assert.Equal(expected, stored.Count);
        Assert.All(stored, f => Assert.Null(f.Properties is null ? null : JsonText.FindInvalid(JsonDocument.Parse(f.Properties).RootElement)));
    }
}
