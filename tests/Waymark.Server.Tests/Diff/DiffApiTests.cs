using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Core.Diff;
using Waymark.Core.FileFormat;

namespace Waymark.Server.Tests.Diff;

/// <summary>GET maps/{mapId}/diff through the real pipeline on SQLite: against another map, against a revision, and what it refuses.</summary>
public sealed class DiffApiTests(DiffApiFixture fixture) : IClassFixture<DiffApiFixture>
{
    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task Diff_FutureStateAgainstItsCurrentState_NamesMatchingAndEditedCell()
    {
        var current = await ApiClient.CreateFromTemplateAsync(_http, "hotel-stay");
        var future = await DuplicateAsFutureAsync(current);
        var (map, _, etag) = await ApiClient.GetMapAsync(_http, future);
        var step = map.Stages[0].Steps[0];
        var lane = map.Lanes.First(l => l.Cells.ContainsKey(step.Id) && l.Cells[step.Id].Text is not null);
        lane.Cells[step.Id].Text = "<script>alert(1)</script>";
        (await ApiClient.PutAsync(_http, future, MapSerializer.ToJson(map), etag)).EnsureSuccessStatusCode();

        var answer = await _http.GetFromJsonAsync<JsonElement>(ApiClient.MapUrl(future) + "/diff?against=" + current);

        Assert.Equal(DiffMatching.NamesAndPositions, answer.GetProperty("matching").GetString());
        Assert.Equal(current, answer.GetProperty("before").GetProperty("mapId").GetString());
        Assert.Equal(future, answer.GetProperty("after").GetProperty("mapId").GetString());
        var cell = answer.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("subject").GetString() == DiffSubjects.Cell);
        Assert.Equal("<script>alert(1)</script>", cell.GetProperty("to").GetString());
        Assert.Equal(lane.Id, cell.GetProperty("after").GetProperty("laneId").GetString());
    }

    [Fact]
    public async Task Diff_AgainstFirstRevision_ById()
    {
        var id = await ApiClient.CreateFromTemplateAsync(_http, "saas-trial");
        var (map, _, etag) = await ApiClient.GetMapAsync(_http, id);
        var renamed = map.Stages[0].Name;
        map.Stages[0].Name = "Finding us";
        (await ApiClient.PutAsync(_http, id, MapSerializer.ToJson(map), etag)).EnsureSuccessStatusCode();
        var revisions = await _http.GetFromJsonAsync<JsonElement>(ApiClient.MapUrl(id) + "/revisions");
        var first = revisions.EnumerateArray().Min(r => r.GetProperty("number").GetInt32());

        var answer = await _http.GetFromJsonAsync<JsonElement>(ApiClient.MapUrl(id) + "/diff?revision=" + first);

        Assert.Equal(DiffMatching.Ids, answer.GetProperty("matching").GetString());
        Assert.Equal(first, answer.GetProperty("before").GetProperty("revision").GetInt32());
        var change = Assert.Single(answer.GetProperty("changes").EnumerateArray());
        Assert.Equal((ChangeKinds.Renamed, renamed, "Finding us"),
            (change.GetProperty("kind").GetString(), change.GetProperty("from").GetString(), change.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task Diff_AgainstItself_NoChanges()
    {
        var id = await ApiClient.CreateFromTemplateAsync(_http, "restaurant-visit");

        var answer = await _http.GetFromJsonAsync<JsonElement>(ApiClient.MapUrl(id) + "/diff?against=" + id);

        Assert.Empty(answer.GetProperty("changes").EnumerateArray());
    }

    [Theory]
    [InlineData("map_nope", "against=")]
    [InlineData("", "against=map_nope")]
    [InlineData("", "revision=999")]
    public async Task Diff_MissingMapOrRevision_404Problem(string mapId, string query)
    {
        var id = await ApiClient.CreateFromTemplateAsync(_http);
        var target = mapId.Length > 0 ? mapId : id;
        var other = query.EndsWith('=') ? query + id : query;

        using var response = await _http.GetAsync(ApiClient.MapUrl(target) + "/diff?" + other);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await ApiClient.ProblemAsync(response);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?against=a&revision=1")]
    public async Task Diff_NeitherOrBoth_400NamingAgainst(string query)
    {
        var id = await ApiClient.CreateFromTemplateAsync(_http);

        using var response = await _http.GetAsync(ApiClient.MapUrl(id) + "/diff" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "against"));
    }

    [Fact]
    public async Task Diff_RevisionNotANumber_400()
    {
        var id = await ApiClient.CreateFromTemplateAsync(_http);

        using var response = await _http.GetAsync(ApiClient.MapUrl(id) + "/diff?revision=two");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> DuplicateAsFutureAsync(string id)
    {
        using var response = await _http.PostAsJsonAsync(ApiClient.MapUrl(id) + "/duplicate", new { asFutureState = true });
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("id").GetString()!;
    }
}
