using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Testing;

namespace Waymark.Server.Tests;

/// <summary>
/// Finding 2, DNS rebinding: a page on http://evil.example:PORT whose name resolves to 127.0.0.1 sends Host:
/// evil.example. The server answers only its own names (loopback by default), so such a page reads and changes nothing.
/// </summary>
public sealed class HostGuardTests : IDisposable
{
    private readonly WaymarkFactory _factory = new("Sqlite", TempSqlite.NewMigratedConnectionString());

    [Theory]
    [InlineData("localhost:5080")]
    [InlineData("LOCALHOST")]
    [InlineData("127.0.0.1:49152")]
    [InlineData("[::1]:5080")]
    public async Task Get_LoopbackHostAnyPort_Answers(string host)
    {
        using var http = _factory.CreateClient();

        using var response = await http.SendAsync(WithHost(HttpMethod.Get, "/api/workspaces", host));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("evil.example:5080")]
    [InlineData("evil.example")]
    [InlineData("0.0.0.0:5080")]
    [InlineData("192.168.1.20:5080")]
    [InlineData("localhost.evil.example")]
    public async Task Get_ForeignHost_Refused421WithProblem(string host)
    {
        using var http = _factory.CreateClient();

        using var response = await http.SendAsync(WithHost(HttpMethod.Get, "/api/workspaces", host));

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        var problem = await ApiClient.ProblemAsync(response);
        Assert.Contains(host, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("AllowedHosts", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ApiKeyUnderForeignHost_Refused421AndNoKeyCreated()
    {
        using var http = _factory.CreateClient();
        var before = await WorkspaceSnapshot.ReadAsync(http, ApiClient.Workspace);
        var request = WithHost(HttpMethod.Post, $"/api/workspaces/{ApiClient.Workspace}/api-keys", "evil.example:5080");
        request.Content = JsonContent.Create(new { name = "rebound" });

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.DoesNotContain("wmk_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await WorkspaceSnapshot.ReadAsync(http, ApiClient.Workspace));
    }

    [Theory]
    [InlineData("waymark.lan:5080", HttpStatusCode.OK)]
    [InlineData("reports.example.com", HttpStatusCode.OK)]
    [InlineData("example.com", HttpStatusCode.MisdirectedRequest)]
    [InlineData("other.lan", HttpStatusCode.MisdirectedRequest)]
    [InlineData("localhost:5080", HttpStatusCode.OK)]
    public async Task Get_ConfiguredHostNames_AnswersThemAndLoopback(string host, HttpStatusCode expected)
    {
        using var factory = new WaymarkFactory("Sqlite", TempSqlite.NewMigratedConnectionString(),
            new Dictionary<string, string> { ["AllowedHosts"] = "waymark.lan; *.example.com" });
        using var http = factory.CreateClient();

        using var response = await http.SendAsync(WithHost(HttpMethod.Get, "/api/workspaces", host));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Get_ForeignHostOnKestrel_Refused421BeforeAnyFile()
    {
        await using var server = await LiveWaymarkServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.Address };

        using var api = await http.SendAsync(WithHost(HttpMethod.Get, "/api/workspaces", $"evil.example:{server.Address.Port}"));
        using var page = await http.SendAsync(WithHost(HttpMethod.Get, "/", $"evil.example:{server.Address.Port}"));
        using var own = await http.GetAsync("/api/workspaces");

        Assert.Equal(HttpStatusCode.MisdirectedRequest, api.StatusCode);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, page.StatusCode);
        Assert.Equal("application/problem+json", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await own.Content.ReadFromJsonAsync<JsonElement>()).ValueKind);
    }

    public void Dispose() => _factory.Dispose();

    private static HttpRequestMessage WithHost(HttpMethod method, string path, string host)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = host;
        return request;
    }
}
