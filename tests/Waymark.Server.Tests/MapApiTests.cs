using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;

namespace Waymark.Server.Tests;

/// <summary>The map API end to end; each provider runs every test (see the subclasses at the bottom).</summary>
public abstract class MapApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    [Fact]
    public async Task Seed_FirstStart_CreatesDemoWorkspaceWithTemplateMaps()
    {
        var workspaces = await Http.GetFromJsonAsync<JsonElement>("/api/workspaces");
        var maps = await Http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/maps");

        Assert.Contains(workspaces.EnumerateArray(), w => w.GetProperty("id").GetString() == "demo");
        Assert.True(maps.GetArrayLength() >= 10);
    }

    [Fact]
    public async Task Create_FromTemplate_GivesNewIdsAndRevisionOne()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http, "b2b-bank-account");

        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        Assert.Equal("\"1\"", etag);
        Assert.Equal(2, map.Personas.Count);
        Assert.DoesNotContain(map.AllSteps(), s => s.Id.StartsWith("stp-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_BlankServiceBlueprint_StartsWithItsBlueprintLanesInOrder()
    {
        using var response = await Http.PostAsJsonAsync("/api/workspaces/demo/maps", new { kind = "serviceBlueprint", name = "Blank blueprint" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var (map, _, _) = await ApiClient.GetMapAsync(Http, id);
        Assert.Equal(
            [LaneKind.Touchpoints, LaneKind.Actions, LaneKind.Frontstage, LaneKind.Backstage, LaneKind.SupportProcesses],
            map.Lanes.Select(l => l.Kind));
        Assert.All(map.Lanes, l => Assert.False(string.IsNullOrWhiteSpace(l.Title)));
        Assert.Empty(map.Stages);
    }

    [Fact]
    public async Task Create_BlankCurrentState_StartsEmpty()
    {
        using var response = await Http.PostAsJsonAsync("/api/workspaces/demo/maps", new { kind = "currentState" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var (map, _, _) = await ApiClient.GetMapAsync(Http, id);
        Assert.Empty(map.Lanes);
        Assert.Equal("Untitled journey", map.Name);
    }

    [Fact]
    public async Task Update_CurrentETag_SavesAndAppendsRevision()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        MapEdits.FirstTextCell(map).Text = "Edited through the API";

        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await StoredMap.ReadAsync(Http, id);
        Assert.Equal("\"2\"", stored.ETag);
        Assert.Equal(2, stored.Revisions);
        Assert.Contains("Edited through the API", stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_WithoutIfMatch_Returns428AndKeepsDocument()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var before = await StoredMap.ReadAsync(Http, id);

        using var response = await ApiClient.PutAsync(Http, id, before.Json.Replace("Compares tools", "X", StringComparison.Ordinal), etag: null);

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
        Assert.Equal(before, await StoredMap.ReadAsync(Http, id));
    }

    [Fact]
    public async Task Update_TwoClientsSameETag_SecondGets412AndFirstWins()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (mapA, _, etag) = await ApiClient.GetMapAsync(Http, id);
        var (mapB, _, _) = await ApiClient.GetMapAsync(Http, id);
        MapEdits.FirstTextCell(mapA).Text = "from A";
        MapEdits.FirstTextCell(mapB).Text = "from B";

        using var first = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(mapA), etag);
        var afterFirst = await StoredMap.ReadAsync(Http, id);
        using var second = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(mapB), etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        var problem = await ApiClient.ProblemAsync(second);
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal(afterFirst, await StoredMap.ReadAsync(Http, id));
    }

    [Fact]
    public async Task Update_MalformedJson_Returns400WithLineAndKeepsDocument()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var before = await StoredMap.ReadAsync(Http, id);

        using var response = await ApiClient.PutAsync(Http, id, "{\n  \"schemaVersion\": 1,\n  \"name\": ,\n}", before.ETag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiClient.ProblemAsync(response);
        Assert.Contains(ApiClient.ErrorsAt(problem, "$"), m => m.StartsWith("line 3", StringComparison.Ordinal));
        Assert.Equal(before, await StoredMap.ReadAsync(Http, id));
    }

    [Fact]
    public async Task Update_MalformedYaml_Returns400AndKeepsDocument()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var before = await StoredMap.ReadAsync(Http, id);

        using var response = await ApiClient.PutAsync(Http, id, "schemaVersion: 1\nname: [unclosed\n  kind: x", before.ETag, "application/yaml");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "$"));
        Assert.Equal(before, await StoredMap.ReadAsync(Http, id));
    }

    [Fact]
    public async Task Update_UnknownSchemaVersion_Returns400AtSchemaVersion()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var before = await StoredMap.ReadAsync(Http, id);

        using var response = await ApiClient.PutAsync(Http, id, before.Json.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 99", StringComparison.Ordinal), before.ETag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "schemaVersion"));
        Assert.Equal(before, await StoredMap.ReadAsync(Http, id));
    }

    [Fact]
    public async Task Update_DuplicateIds_Returns400WithPathAndKeepsDocument()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var before = await StoredMap.ReadAsync(Http, id);
        var (map, _, _) = await ApiClient.GetMapAsync(Http, id);
        map.Stages[0].Steps[1].Id = map.Stages[0].Steps[0].Id;

        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), before.ETag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiClient.ProblemAsync(response);
        Assert.Contains(ApiClient.ErrorsAt(problem, "stages[0].steps[1].id"), m => m.Contains("duplicate", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(before, await StoredMap.ReadAsync(Http, id));
    }

    [Fact]
    public async Task Update_DanglingPersonaReference_Returns400WithPath()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var before = await StoredMap.ReadAsync(Http, id);
        var (map, _, _) = await ApiClient.GetMapAsync(Http, id);
        map.Lanes[0].PersonaId = "per-nobody";

        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), before.ETag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "lanes[0].personaId"));
        Assert.Equal(before, await StoredMap.ReadAsync(Http, id));
    }

    [Fact]
    public async Task Update_ScoreOutsideScale_Returns400WithPathAndMessage()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var before = await StoredMap.ReadAsync(Http, id);
        var (map, _, _) = await ApiClient.GetMapAsync(Http, id);
        MapEdits.FirstEmotion(map).Score = 7;

        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), before.ETag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiClient.ProblemAsync(response);
        var messages = problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(v => p.Name + ": " + v.GetString())).ToList();
        Assert.Contains(messages, m => m.Contains(".emotions[0].score: ", StringComparison.Ordinal) &&
            m.EndsWith("emotion score 7 is outside the map's scale -2..2", StringComparison.Ordinal));
        Assert.Equal(before, await StoredMap.ReadAsync(Http, id));
    }

    [Fact]
    public async Task Update_OverFiveMegabytes_Returns413AndKeepsDocument()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var before = await StoredMap.ReadAsync(Http, id);
        var huge = "{\"schemaVersion\": 1, \"name\": \"" + new string('x', MapLimits.MaxDocumentBytes) + "\"}";

        using var response = await ApiClient.PutAsync(Http, id, huge, before.ETag);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await StoredMap.ReadAsync(Http, id));
    }

    [Fact]
    public async Task Update_MoreThan2000Steps_Returns400AndKeepsDocument()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var before = await StoredMap.ReadAsync(Http, id);

        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(MapEdits.WithSteps(id, 2001)), before.ETag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("2,000", body.Replace("2000", "2,000", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(before, await StoredMap.ReadAsync(Http, id));
    }

    [Fact]
    public async Task Update_ScriptTagInText_IsStoredAndReturnedAsText()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        MapEdits.FirstTextCell(map).Text = "<script>alert(1)</script>";

        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (stored, _, _) = await ApiClient.GetMapAsync(Http, id);
        Assert.Equal("<script>alert(1)</script>", MapEdits.FirstTextCell(stored).Text);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public async Task ExportThenImport_SameFormat_GivesEqualDocumentUnderNewId(string format)
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http, "service-blueprint");
        var (original, _, _) = await ApiClient.GetMapAsync(Http, id);

        var file = await Http.GetStringAsync(ApiClient.MapUrl(id) + "/export?format=" + format);
        using var content = new StringContent(file, Encoding.UTF8, format == "json" ? "application/json" : "application/yaml");
        using var imported = await Http.PostAsync($"/api/workspaces/demo/maps/import?format={format}", content);

        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var newId = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.NotEqual(id, newId);
        var (copy, _, _) = await ApiClient.GetMapAsync(Http, newId);
        copy.Id = original.Id;
        Assert.Equal(MapSerializer.ToJson(original), MapSerializer.ToJson(copy));
    }

    [Fact]
    public async Task Export_HostileName_GivesSafeFileName()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        map.Name = "../../etc/passwd";
        (await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), etag)).EnsureSuccessStatusCode();

        using var response = await Http.GetAsync(ApiClient.MapUrl(id) + "/export");

        Assert.Equal("etc-passwd.waymark.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Duplicate_AsFutureState_LinksToOriginal()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);

        using var response = await Http.PostAsJsonAsync(ApiClient.MapUrl(id) + "/duplicate", new { asFutureState = true });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var copyId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var (copy, _, _) = await ApiClient.GetMapAsync(Http, copyId);
        Assert.Equal(MapKind.FutureState, copy.Kind);
        Assert.Equal(id, copy.BasedOnMapId);
        Assert.EndsWith("(future state)", copy.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WithETag_RemovesMap()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        using var request = new HttpRequestMessage(HttpMethod.Delete, ApiClient.MapUrl(id));
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync(ApiClient.MapUrl(id))).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownMap_Returns404Problem()
    {
        using var response = await Http.GetAsync(ApiClient.MapUrl("map_missing"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("map_missing", (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
