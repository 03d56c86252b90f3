using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static Waymark.Server.Tests.Audit.ActivityClient;

namespace Waymark.Server.Tests.Audit;

/// <summary>The activity list's filters and paging, its actors and its CSV; each provider runs every test.</summary>
public abstract class ActivityQueryTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    [Fact]
    public async Task List_PagedWithBefore_NewestFirstWithoutGapsOrRepeats()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        for (var i = 1; i <= 5; i++)
        {
            await CreateMapAsync(Http, ws, $"Map {i}");
        }

        var first = await PageAsync(Http, ws, "limit=2");
        var second = await PageAsync(Http, ws, $"limit=2&before={first.GetProperty("before").GetInt64()}");
        var third = await PageAsync(Http, ws, $"limit=2&before={second.GetProperty("before").GetInt64()}");

        var names = new[] { first, second, third }.SelectMany(p => p.GetProperty("items").EnumerateArray()).Select(l => Text(l, "detail"));
        Assert.Equal(["Map 5", "Map 4", "Map 3", "Map 2", "Map 1"], names);
        Assert.Equal(JsonValueKind.Null, third.GetProperty("before").ValueKind);
    }

    [Fact]
    public async Task List_ActionPrefix_MatchesWholeParts()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var id = await CreateMapAsync(Http, ws, "Onboarding");
        using var deleted = await DeleteWithETagAsync(Http, $"/api/workspaces/{ws}/maps/{id}");
        await IngestClient.CreateKeyAsync(Http, ws, "map importer");

        Assert.Equal(["map.deleted", "map.created"], (await LinesAsync(Http, ws, "action=map")).Select(l => Text(l, "action")));
        Assert.Equal(["map.deleted", "map.created"], (await LinesAsync(Http, ws, "action=map.")).Select(l => Text(l, "action")));
        Assert.Equal(["map.created"], (await LinesAsync(Http, ws, "action=map.created")).Select(l => Text(l, "action")));
        Assert.Empty(await LinesAsync(Http, ws, "action=ma"));
        Assert.Equal(3, (await LinesAsync(Http, ws)).Length);
    }

    [Fact]
    public async Task List_ActorFilterAndActors_TellPeopleFromKeys()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var (keyId, key) = await IngestClient.CreateKeyAsync(Http, ws, "Shop backend");
        using var sent = await IngestClient.PostAsync(Http, key, "[" + IngestClient.Event("c1", "Visit") + "]");

        var byKey = await LinesAsync(Http, ws, "actor=" + keyId);
        var byOwner = await LinesAsync(Http, ws, "actor=local");
        var actors = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{ws}/activity/actors");

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(["ingest.events"], byKey.Select(l => Text(l, "action")));
        Assert.Equal("Shop backend", Text(byKey[0], "actorName"));
        Assert.Equal(["api-key.created"], byOwner.Select(l => Text(l, "action")));
        Assert.Equal([(keyId, "Shop backend"), ("local", "You")],
            actors.EnumerateArray().Select(a => (Text(a, "id"), Text(a, "name"))));
    }

    [Fact]
    public async Task List_TimeRange_FromIncludedToExcluded()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        await CreateMapAsync(Http, ws, "Onboarding");
        var at = (await LinesAsync(Http, ws))[0].GetProperty("at").GetDateTime();
        string Iso(DateTime t) => Uri.EscapeDataString(t.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Single(await LinesAsync(Http, ws, $"from={Iso(at)}"));
        Assert.Empty(await LinesAsync(Http, ws, $"to={Iso(at)}"));
        Assert.Single(await LinesAsync(Http, ws, $"from={Iso(at.AddMinutes(-1))}&to={Iso(at.AddMinutes(1))}"));
        Assert.Empty(await LinesAsync(Http, ws, $"from={Iso(at.AddSeconds(1))}"));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("before=0", "before")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2026-12-02&to=2026-12-01", "to")]
    public async Task List_BadQuery_400AtTheParameter(string query, string path)
    {
        using var list = await Http.GetAsync($"/api/workspaces/demo/activity?{query}");
        using var csv = await Http.GetAsync($"/api/workspaces/demo/activity/csv?{query.Replace("limit=", "x=", StringComparison.Ordinal)}");

        Assert.Equal(HttpStatusCode.BadRequest, list.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(list), path));
        Assert.Equal(path == "limit" ? HttpStatusCode.OK : HttpStatusCode.BadRequest, csv.StatusCode);
    }

    [Fact]
    public async Task Csv_FiltersAndKeepsTypedTextAsText()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var id = await CreateMapAsync(Http, ws, "=HYPERLINK(\"http://evil\",\"x\")");
        await CreateMapAsync(Http, ws, "Plain, with comma");
        await IngestClient.CreateKeyAsync(Http, ws, "Site");

        using var response = await Http.GetAsync($"/api/workspaces/{ws}/activity/csv?action=map");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("sequence,time_utc,actor_id,actor,action,target,detail", lines[0]);
        Assert.Matches(@"^\d+,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z,local,You,map\.created,[^,]+,""Plain, with comma""$", lines[1]);
        Assert.EndsWith($",local,You,map.created,{id},\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", lines[2], StringComparison.Ordinal);
        Assert.Equal([""], lines[3..]);
    }
}
