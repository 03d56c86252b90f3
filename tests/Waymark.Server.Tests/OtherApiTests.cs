using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Core.FileFormat;

namespace Waymark.Server.Tests;

/// <summary>Workspaces, personas, templates and the OpenAPI document; each provider runs every test.</summary>
public abstract class OtherApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    [Fact]
    public async Task Workspaces_CreateRenameDelete_Works()
    {
        using var created = await Http.PostAsJsonAsync("/api/workspaces", new { name = "Growth team" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var renamed = await Http.PutAsJsonAsync($"/api/workspaces/{id}", new { name = "Growth & retention" });
        var fetched = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{id}");
        using var deleted = await Http.DeleteAsync($"/api/workspaces/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Growth & retention", fetched.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/workspaces/{id}")).StatusCode);
    }

    [Fact]
    public async Task Workspaces_CreateWithoutName_Returns400AtName()
    {
        using var response = await Http.PostAsJsonAsync("/api/workspaces", new { name = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "name"));
    }

    [Fact]
    public async Task Personas_SeededLibrary_ReadUpdateAndStaleWrite()
    {
        var list = await Http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/personas");
        var id = list[0].GetProperty("id").GetString()!;
        using var get = await Http.GetAsync($"/api/workspaces/demo/personas/{id}");
        var (persona, problems) = PersonaSerializer.Read(await get.Content.ReadAsStringAsync());
        Assert.Empty(problems);
        persona!.Quote = "Changed quote";

        using var put = await SendPersonaAsync(HttpMethod.Put, $"/api/workspaces/demo/personas/{id}", PersonaSerializer.ToJson(persona), get.Headers.ETag!.Tag);
        using var stale = await SendPersonaAsync(HttpMethod.Put, $"/api/workspaces/demo/personas/{id}", PersonaSerializer.ToJson(persona), get.Headers.ETag!.Tag);

        Assert.True(list.GetArrayLength() >= 10);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Contains("Changed quote", await Http.GetStringAsync($"/api/workspaces/demo/personas/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personas_StaleWrite_SaysWhoChangedItAndListShowsCardFields()
    {
        var list = await Http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/personas");
        var first = list[0];
        var id = first.GetProperty("id").GetString()!;
        using var get = await Http.GetAsync($"/api/workspaces/demo/personas/{id}");
        var persona = PersonaSerializer.Read(await get.Content.ReadAsStringAsync()).Persona!;
        persona.JobRole = "Head of finance";

        using var put = await SendPersonaAsync(HttpMethod.Put, $"/api/workspaces/demo/personas/{id}", PersonaSerializer.ToJson(persona), get.Headers.ETag!.Tag, "Ana from research");
        using var stale = await SendPersonaAsync(HttpMethod.Put, $"/api/workspaces/demo/personas/{id}", PersonaSerializer.ToJson(persona), get.Headers.ETag!.Tag, "Bo from design");
        var problem = await ApiClient.ProblemAsync(stale);
        var after = (await Http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/personas")).EnumerateArray()
            .Single(p => p.GetProperty("id").GetString() == id);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Ana from research", problem.GetProperty("updatedBy").GetString());
        Assert.Contains("by Ana from research", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("color").GetString()));
        Assert.Equal("Head of finance", after.GetProperty("jobRole").GetString());
        Assert.Equal("Ana from research", after.GetProperty("updatedBy").GetString());
    }

    [Fact]
    public async Task Personas_CreateInvalid_Returns400WithPath()
    {
        using var response = await SendPersonaAsync(HttpMethod.Post, "/api/workspaces/demo/personas",
            "{\"schemaVersion\": 1, \"id\": \"per-x\", \"name\": \"Ann\", \"channels\": [\"telepathy\"]}", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "channels[0]"));
    }

    [Fact]
    public async Task Templates_ListAndGet_ReturnValidDocuments()
    {
        var list = await Http.GetFromJsonAsync<JsonElement>("/api/templates");
        var json = await Http.GetStringAsync("/api/templates/saas-trial");

        Assert.True(list.GetArrayLength() >= 10);
        Assert.True(MapSerializer.Read(json, MapFormat.Json).Succeeded);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/templates/nope")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_IsServedAndListsMapRoutes()
    {
        var doc = await Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/workspaces/{workspaceId}/maps/{mapId}", paths);
        Assert.Contains("/api/templates", paths);
    }

    private Task<HttpResponseMessage> SendPersonaAsync(HttpMethod method, string url, string body, string? etag, string? author = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (author is not null)
        {
            request.Headers.Add("X-Waymark-User", author);
        }

        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return Http.SendAsync(request);
    }
}
