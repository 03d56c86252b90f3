using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Waymark.Server.Tests.Hardening;

/// <summary>
/// Bodies bound to a typed request (workspaces, API keys, map creation, drafts) that are not the JSON they should be
/// answer 400 with the JSON path of what is wrong, never 500, and store nothing.
/// </summary>
public sealed class JsonBodyTests : IDisposable
{
    private readonly WaymarkFactory _factory = new("Sqlite", TempSqlite.NewMigratedConnectionString());

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/api/workspaces", """{"name":"a\ud800"}""", "$.name")]
    [InlineData("/api/workspaces", """{"name":"a\udc00b"}""", "$.name")]
    [InlineData("/api/workspaces", """{"name":5}""", "$.name")]
    [InlineData("/api/workspaces", """{"name":"x" """, "$")]
    [InlineData("/api/workspaces", """[1,2]""", "$")]
    [InlineData("/api/workspaces/demo/api-keys", """{"name":"\ud800"}""", "$.name")]
    [InlineData("/api/workspaces/demo/maps", """{"name":"\udfff","kind":"current"}""", "$.name")]
    public async Task Post_BodyNotTheExpectedJson_Returns400WithPathAndStoresNothing(string route, string body, string path)
    {
        var http = _factory.CreateClient();
        var before = await http.GetStringAsync("/api/workspaces");
        var keysBefore = await http.GetStringAsync("/api/workspaces/demo/api-keys");
        var mapsBefore = await http.GetStringAsync("/api/workspaces/demo/maps");

        using var response = await http.PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out var messages), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Equal(before, await http.GetStringAsync("/api/workspaces"));
        Assert.Equal(keysBefore, await http.GetStringAsync("/api/workspaces/demo/api-keys"));
        Assert.Equal(mapsBefore, await http.GetStringAsync("/api/workspaces/demo/maps"));
    }
}
