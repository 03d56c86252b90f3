using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Waymark.Server.Tests.Routes;

/// <summary>
/// The workspace route group's filter: an unknown workspace gets one 404 problem on every route under
/// /api/workspaces/{workspaceId}, found before a handler reads its body, while a typed body the framework cannot bind
/// still answers 400 first, as it did when each handler checked the workspace itself.
/// </summary>
public sealed class WorkspaceFilterTests : IDisposable
{
    private const string Unknown = "ws_nope";
    private readonly WaymarkFactory _factory = new("Sqlite", TempSqlite.NewMigratedConnectionString());
    private readonly HttpClient _http;

    public WorkspaceFilterTests() => _http = _factory.CreateClient();

    [Fact]
    public async Task Get_UnknownWorkspace_WorkspaceNotFoundProblem()
    {
        using var response = await _http.GetAsync($"/api/workspaces/{Unknown}/maps");

        await AssertWorkspaceNotFoundAsync(response);
    }

    [Theory]
    [InlineData("/imports?fileName=events.csv")]
    [InlineData("/imports/preview?fileName=events.csv")]
    [InlineData("/feedback/imports?fileName=feedback.csv")]
    [InlineData("/maps/import")]
    [InlineData("/personas")]
    [InlineData("/segments")]
    public async Task PostBodyReadByTheHandler_UnknownWorkspace_404WithoutReadingTheBody(string route)
    {
        var reads = new BodyReads();
        using var factory = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(reads)));
        using var http = factory.CreateClient();
        var body = Encoding.UTF8.GetBytes("{\"id\":\"x\",\"name\":\"" + new string('a', 100_000) + "\"}");

        using var response = await http.PostAsync($"/api/workspaces/{Unknown}{route}", new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } });

        await AssertWorkspaceNotFoundAsync(response);
        Assert.Equal(0, reads.Bytes);
    }

    [Theory]
    [InlineData("/maps/map_nope/overlay?from=not-a-date")]
    [InlineData("/maps/map_nope/insights?window=0")]
    [InlineData("/maps/map_nope/revisions")]
    [InlineData("/personas/per_nope")]
    public async Task Get_UnknownWorkspaceOnARouteThatCheckedItLate_WorkspaceNotFoundProblem(string route)
    {
        using var response = await _http.GetAsync($"/api/workspaces/{Unknown}{route}");

        await AssertWorkspaceNotFoundAsync(response);
    }

    [Fact]
    public async Task Delete_UnknownWorkspace_WorkspaceNotFoundProblem()
    {
        using var segment = await _http.DeleteAsync($"/api/workspaces/{Unknown}/segments/seg_nope");
        using var key = await _http.DeleteAsync($"/api/workspaces/{Unknown}/api-keys/key_nope");

        await AssertWorkspaceNotFoundAsync(segment);
        await AssertWorkspaceNotFoundAsync(key);
    }

    [Fact]
    public async Task PostTypedBody_UnknownWorkspaceAndBodyNotBindable_400First()
    {
        using var response = await _http.PostAsync($"/api/workspaces/{Unknown}/maps", new StringContent("""{"name":5}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "$.name"));
    }

    [Fact]
    public async Task PostTypedBody_UnknownWorkspaceAndGoodBody_WorkspaceNotFoundAndNothingStored()
    {
        var before = await _http.GetStringAsync("/api/workspaces");

        using var response = await _http.PostAsJsonAsync($"/api/workspaces/{Unknown}/maps", new { templateId = "saas-trial" });

        await AssertWorkspaceNotFoundAsync(response);
        Assert.Equal(before, await _http.GetStringAsync("/api/workspaces"));
    }

    [Fact]
    public async Task EveryWorkspaceRoute_UnknownWorkspace_WorkspaceNotFoundProblem()
    {
        foreach (var (method, pattern) in EndpointList.WorkspaceRoutes(_factory.Services))
        {
            var url = EndpointList.Fill(pattern, Unknown);
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var response = await _http.SendAsync(request);

            await AssertWorkspaceNotFoundAsync(response, $"{method} {url}");
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _factory.Dispose();
    }

    private static async Task AssertWorkspaceNotFoundAsync(HttpResponseMessage response, string? what = null)
    {
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        JsonElement problem = await ApiClient.ProblemAsync(response);
        Assert.Equal("Workspace not found", problem.GetProperty("title").GetString());
        Assert.Equal($"No workspace with id '{Unknown}'.", problem.GetProperty("detail").GetString());
    }
}
