using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static Waymark.Server.Tests.Audit.ActivityClient;

namespace Waymark.Server.Tests.Audit;

/// <summary>
/// Each change the activity must show records one line after it is saved, with the caller as actor (accounts off:
/// the local owner "You"), the target's id and its name as detail; each provider runs every test.
/// </summary>
public abstract class ActivityRecordingTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private const string Events = "customer_id,activity,timestamp\nc1,Visit,2026-11-01T10:00:00Z\nc1,Browse,2026-11-01T10:05:00Z\n" +
        "c1,Signup,2026-11-01T10:09:00Z\nc2,Visit,2026-11-01T11:00:00Z\nc2,Signup,2026-11-01T11:03:00Z\nc3,Visit,not a time\n";

    [Fact]
    public async Task CreateMap_BlankAndFromTemplate_RecordsMapCreatedByTheCaller()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var blank = await CreateMapAsync(Http, ws, "Onboarding");
        using var fromTemplate = await Http.PostAsJsonAsync($"/api/workspaces/{ws}/maps", new { templateId = "saas-trial", name = "Trial" });

        var lines = await LinesAsync(Http, ws, "action=map.created");

        Assert.Equal(HttpStatusCode.Created, fromTemplate.StatusCode);
        Assert.Equal(["Trial", "Onboarding"], lines.Select(l => Text(l, "detail")));
        Assert.Equal(blank, Text(lines[1], "target"));
        Assert.Equal("local", Text(lines[1], "actorId"));
        Assert.Equal("You", Text(lines[1], "actorName"));
        Assert.True(lines[1].GetProperty("targetExists").GetBoolean());
    }

    [Fact]
    public async Task DuplicateAndImportMap_RecordsEachWithTheNewMap()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var original = await CreateMapAsync(Http, ws, "Renewal");
        using var copy = await Http.PostAsJsonAsync($"/api/workspaces/{ws}/maps/{original}/duplicate", new { name = "Renewal v2" });
        var file = await Http.GetStringAsync($"/api/workspaces/{ws}/maps/{original}/export");
        using var imported = await Http.PostAsync($"/api/workspaces/{ws}/maps/import", new StringContent(file, Encoding.UTF8, "application/json"));

        var duplicated = await OnlyAsync(Http, ws, "map.duplicated");
        var import = await OnlyAsync(Http, ws, "map.imported");

        Assert.Equal(await IdAsync(copy), Text(duplicated, "target"));
        Assert.Equal("Renewal v2", Text(duplicated, "detail"));
        Assert.Equal(await IdAsync(imported), Text(import, "target"));
        Assert.Equal("Renewal", Text(import, "detail"));
    }

    [Fact]
    public async Task ImportEventsThenDraft_RecordsTheFileWithCountsAndTheDraftedMap()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        using var upload = await ImportsClient.UploadAsync(Http, ws, Encoding.UTF8.GetBytes(Events), "fileName=" + Uri.EscapeDataString("crm <export>.csv"));
        using var again = await ImportsClient.UploadAsync(Http, ws, Encoding.UTF8.GetBytes(Events), "");
        using var draft = await Http.PostAsJsonAsync($"/api/workspaces/{ws}/maps/draft-from-data", new { name = "From data" });

        var imports = await LinesAsync(Http, ws, "action=import.events");
        var drafted = await OnlyAsync(Http, ws, "map.drafted");

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(["a file without a name: 0 rows imported, 5 already stored, 1 skipped", "crm <export>.csv: 5 rows imported, 0 already stored, 1 skipped"],
            imports.Select(l => Text(l, "detail")));
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal(await IdAsync(draft), Text(drafted, "target"));
        Assert.Equal("From data", Text(drafted, "detail"));
    }

    [Fact]
    public async Task ImportEvents_FileNameWithControlCharacters_StoredWithReplacements()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);

        using var upload = await ImportsClient.UploadAsync(Http, ws, Encoding.UTF8.GetBytes(Events), "format=csv&fileName=a%00b%0D%0Ac.csv");

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.StartsWith("a\uFFFDb\uFFFD\uFFFDc.csv: 5 rows", Text(await OnlyAsync(Http, ws, "import.events"), "detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportFeedback_RecordsTheFileWithCounts()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var csv = "customer_id,submitted_at,review,rating\nc1,2026-11-01T10:00:00Z,Great,5\nc2,2026-11-01T10:00:00Z,Slow,2\nc3,never,Bad time,1\n";

        using var upload = await FeedbackClient.UploadAsync(Http, ws, Encoding.UTF8.GetBytes(csv), "fileName=survey.csv");

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal("survey.csv: 2 rows imported, 0 already stored, 1 skipped", Text(await OnlyAsync(Http, ws, "import.feedback"), "detail"));
    }

    [Fact]
    public async Task DeleteMap_RecordsItsNameAndTheTargetNoLongerLinks()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var id = await CreateMapAsync(Http, ws, "Onboarding");

        using var deleted = await DeleteWithETagAsync(Http, $"/api/workspaces/{ws}/maps/{id}");
        var lines = await LinesAsync(Http, ws, "action=map");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["map.deleted", "map.created"], lines.Select(l => Text(l, "action")));
        Assert.All(lines, l => Assert.Equal(id, Text(l, "target")));
        Assert.All(lines, l => Assert.Equal("Onboarding", Text(l, "detail")));
        Assert.All(lines, l => Assert.False(l.GetProperty("targetExists").GetBoolean()));
    }

    [Fact]
    public async Task CreateAndDeletePersona_RecordsBoth()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var demo = (await Http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/personas"))[0].GetProperty("id").GetString();
        var document = JsonNode.Parse(await Http.GetStringAsync($"/api/workspaces/demo/personas/{demo}"))!;
        document["name"] = "Priya the planner";
        using var created = await Http.PostAsync($"/api/workspaces/{ws}/personas", new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));
        var id = await IdAsync(created);

        using var deleted = await DeleteWithETagAsync(Http, $"/api/workspaces/{ws}/personas/{id}");
        var lines = await LinesAsync(Http, ws, "action=persona");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["persona.deleted", "persona.created"], lines.Select(l => Text(l, "action")));
        Assert.All(lines, l => Assert.Equal("Priya the planner", Text(l, "detail")));
        Assert.All(lines, l => Assert.Equal(id, Text(l, "target")));
    }

    [Fact]
    public async Task CreateAndRevokeApiKey_RecordsTheNameOnceEach()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var (id, _) = await IngestClient.CreateKeyAsync(Http, ws, "Production site");

        using var revoked = await Http.DeleteAsync($"/api/workspaces/{ws}/api-keys/{id}");
        using var again = await Http.DeleteAsync($"/api/workspaces/{ws}/api-keys/{id}");
        using var unknown = await Http.DeleteAsync($"/api/workspaces/{ws}/api-keys/key_nope");
        var lines = await LinesAsync(Http, ws, "action=api-key");

        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(["api-key.revoked", "api-key.created"], lines.Select(l => Text(l, "action")));
        Assert.All(lines, l => Assert.Equal("Production site", Text(l, "detail")));
        Assert.All(lines, l => Assert.Equal(id, Text(l, "target")));
    }

    [Fact]
    public async Task CreateAndDeleteSegment_RecordsBoth()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        using var created = await Http.PostAsJsonAsync($"/api/workspaces/{ws}/segments", new { name = "Mobile", conditions = new { channels = new[] { "app" } } });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = await IdAsync(created);

        using var deleted = await Http.DeleteAsync($"/api/workspaces/{ws}/segments/{id}");
        var lines = await LinesAsync(Http, ws, "action=segment");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["segment.deleted", "segment.created"], lines.Select(l => Text(l, "action")));
        Assert.All(lines, l => Assert.Equal("Mobile", Text(l, "detail")));
    }

    [Fact]
    public async Task RenameWorkspace_RecordsTheNewNameOnlyWhenItChanged()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);

        using var renamed = await Http.PutAsJsonAsync($"/api/workspaces/{ws}", new { name = "Growth & retention" });
        using var redescribed = await Http.PutAsJsonAsync($"/api/workspaces/{ws}", new { name = "Growth & retention", description = "Q1" });

        Assert.Equal(HttpStatusCode.OK, redescribed.StatusCode);
        Assert.Equal("Growth & retention", Text(await OnlyAsync(Http, ws, "workspace.renamed"), "detail"));
    }

    [Fact]
    public async Task DeleteWorkspace_RecordsItAndKeepsEveryLine()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        await CreateMapAsync(Http, ws, "Onboarding");
        using var renamed = await Http.PutAsJsonAsync($"/api/workspaces/{ws}", new { name = "Doomed" });

        using var deleted = await Http.DeleteAsync($"/api/workspaces/{ws}");
        var rows = (await TableAsync(Factory)).Where(r => r.WorkspaceId == ws).ToList();

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["map.created", "workspace.renamed", "workspace.deleted"], rows.Select(r => r.Action));
        Assert.Equal("Doomed", rows[^1].Detail);
        Assert.Equal("local", rows[^1].ActorId);
    }

    private static async Task<string> IdAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
