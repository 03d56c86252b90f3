using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Analytics.Engine;
using Waymark.Server.Features.Segments;

namespace Waymark.Server.Tests;

/// <summary>Saved segments: create, list, update, delete, validation; each provider runs every test.</summary>
public abstract class SegmentsApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private const string Url = $"/api/workspaces/{ApiClient.Workspace}/segments";
    [Fact]
    public async Task Segments_CreateListUpdateDelete_RoundTrip()
    {
        using var created = await PostAsync("""
            {"name": " Pro in Europe ", "description": "paying",
             "conditions": {"attributes": [{"key": "plan", "values": ["pro"]}, {"key": "region", "values": ["EU", "UK"]}],
                            "did": ["Signed up"], "didNot": ["Churned"], "channels": ["ads"]}}
            """);
        var segment = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = segment.GetProperty("id").GetString()!;
        using var updated = await Http.PutAsync($"{Url}/{id}", Json("""{"name": "Pro", "conditions": {"did": ["Bought"]}}"""));
        var list = await Http.GetFromJsonAsync<JsonElement>(Url);
        using var deleted = await Http.DeleteAsync($"{Url}/{id}");
        var afterDelete = await Http.GetFromJsonAsync<JsonElement>(Url);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{Url}/{id}", created.Headers.Location!.OriginalString);
        Assert.StartsWith("seg_", id, StringComparison.Ordinal);
        Assert.Equal("Pro in Europe", segment.GetProperty("name").GetString());
        var conditions = segment.GetProperty("conditions");
        Assert.Equal(["EU", "UK"], conditions.GetProperty("attributes")[1].GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Churned", conditions.GetProperty("didNot")[0].GetString());
        Assert.Equal("ads", conditions.GetProperty("channels")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal("Pro", only.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, only.GetProperty("description").ValueKind);
        Assert.Equal(0, only.GetProperty("conditions").GetProperty("attributes").GetArrayLength());
        Assert.Equal("Bought", only.GetProperty("conditions").GetProperty("did")[0].GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, afterDelete.GetArrayLength());
    }

    [Theory]
    [InlineData("""{"name": "  "}""", "name")]
    [InlineData("""{"conditions": {}}""", "name")]
    [InlineData("""{"name": "x", "colour": "red"}""", "colour")]
    [InlineData("""{"name": "x", "conditions": {"did": ["A"], "done": ["B"]}}""", "conditions.done")]
    [InlineData("""{"name": "x", "conditions": {"attributes": [{"key": "plan", "values": ["pro"], "op": "eq"}]}}""", "conditions.attributes[0].op")]
    [InlineData("""{"name": "x", "conditions": {"attributes": [{"key": "plan", "values": []}]}}""", "conditions.attributes[0].values")]
    [InlineData("""{"name": "x", "conditions": {"attributes": [{"values": ["pro"]}]}}""", "conditions.attributes[0].key")]
    [InlineData("""{"name": "x", "conditions": {"did": ["A", ""]}}""", "conditions.did[1]")]
    [InlineData("""{"name": "x", "conditions": {"channels": "ads"}}""", "conditions.channels")]
    [InlineData("""{"name": "x", "": 1}""", "[\"\"]")]
    [InlineData("""{"name": "x", "conditions": {"a.b": 1}}""", "conditions[\"a.b\"]")]
    [InlineData("""[1]""", "body")]
    [InlineData("""{"name": """, "body")]
    public async Task Create_BadBody_400NamingTheField(string body, string field)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Create_TooManyConditions_400AtConditions()
    {
        var did = string.Join(",", Enumerable.Range(0, 51).Select(i => $"\"A{i}\""));

        using var response = await PostAsync("{\"name\": \"x\", \"conditions\": {\"did\": [" + did + "]}}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("the limit is 50", errors.GetProperty("conditions")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateOrDelete_UnknownSegment_404()
    {
        using var update = await Http.PutAsync($"{Url}/seg_missing", Json("""{"name": "x"}"""));
        using var delete = await Http.DeleteAsync($"{Url}/seg_missing");
        using var otherWorkspace = await Http.GetAsync("/api/workspaces/nope/segments");

        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherWorkspace.StatusCode);
    }

    [Fact]
    public void Apply_Segment_BecomesTheEngineFilterKeepingTheTimeRange()
    {
        var from = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var conditions = new SegmentConditions([new SegmentAttribute("plan", ["pro"])], ["A"], [], []);

        var filter = SegmentFilters.Apply(conditions, new EventFilter { From = from });

        Assert.Equal(from, filter.From);
        Assert.Equal(("plan", "pro"), (filter.Attributes![0].Key, filter.Attributes[0].Values[0]));
        Assert.Equal(["A"], filter.Did!);
        Assert.Null(filter.DidNot);
        Assert.Null(filter.Channels);
    }

    [Fact]
    public async Task Preview_UnsavedConditions_CountsCustomersOfThePeriodAndTheirShare()
    {
        await IngestEventsAsync();

        var preview = await PreviewAsync("""{"conditions": {"did": ["Signed up"], "didNot": ["Churned"]}}""");

        Assert.Equal((2, 3), (preview.GetProperty("customers").GetInt64(), preview.GetProperty("allCustomers").GetInt64()));
        Assert.Equal(2.0 / 3, preview.GetProperty("share").GetDouble(), 12);
        Assert.Equal(0, preview.GetProperty("unknownActivities").GetArrayLength());
    }

    [Fact]
    public async Task Preview_UnknownNames_ListedAndNobodyMatches()
    {
        await IngestEventsAsync();

        var preview = await PreviewAsync("""
            {"conditions": {"did": ["Signed upp"], "didNot": ["Churned", "Left"], "attributes": [{"key": "plan", "values": ["pro"]}], "channels": ["ads", "tv"]}}
            """);

        Assert.Equal(0, preview.GetProperty("customers").GetInt64());
        Assert.Equal(0, preview.GetProperty("share").GetDouble());
        Assert.Equal(["Signed upp", "Left"], preview.GetProperty("unknownActivities").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["plan"], preview.GetProperty("unknownAttributes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["tv"], preview.GetProperty("unknownChannels").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("", """{"conditions": {"did": [""]}}""", "conditions.did[0]")]
    [InlineData("", """{"name": "x"}""", "name")]
    [InlineData("?from=2026-11-05&to=2026-11-01", """{}""", "to")]
    public async Task Preview_BadQueryOrBody_400NamingTheField(string query, string body, string field)
    {
        using var response = await Http.PostAsync($"{Url}/preview{query}", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    /// <summary>c1 and c2 signed up in the period, c3 only bought; c4 signed up before it and c5 churned.</summary>
    private async Task IngestEventsAsync()
    {
        var (_, key) = await IngestClient.CreateKeyAsync(Http);
        using var response = await IngestClient.PostAsync(Http, key, IngestClient.Array(
            IngestClient.Event("c1", "Signed up", "2026-11-01T10:00:00Z", channel: "ads"),
            IngestClient.Event("c1", "Bought", "2026-11-02T10:00:00Z", channel: "ads"),
            IngestClient.Event("c2", "Signed up", "2026-11-03T10:00:00Z", channel: "email"),
            IngestClient.Event("c3", "Bought", "2026-11-04T10:00:00Z"),
            IngestClient.Event("c4", "Signed up", "2026-10-01T10:00:00Z"),
            IngestClient.Event("c5", "Signed up", "2026-10-02T10:00:00Z"),
            IngestClient.Event("c5", "Churned", "2026-10-03T10:00:00Z")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonElement> PreviewAsync(string body)
    {
        using var response = await Http.PostAsync($"{Url}/preview?from=2026-10-25T00:00:00Z", Json(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private Task<HttpResponseMessage> PostAsync(string body) => Http.PostAsync(Url, Json(body));
}
