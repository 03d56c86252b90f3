using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Server.Features.Security;

namespace Waymark.Server.Tests;

/// <summary>
/// Finding 2 of the hardening audit: no page on another site can change anything through the user's browser. Every
/// simple request that planted data is refused, and the workspace reads back the same; each provider runs every test.
/// </summary>
public abstract class CrossSiteTests : IDisposable
{
    private const string Ws = ApiClient.Workspace;
    private readonly WaymarkFactory _factory;

    protected CrossSiteTests(string provider, string connectionString)
    {
        _factory = new WaymarkFactory(provider, connectionString);
        Http = _factory.CreateClient();
        Browser = _factory.CreateClient();
        Browser.DefaultRequestHeaders.Remove(ClientHeader.Name);
    }

    /// <summary>Waymark's own client: sends the client header.</summary>
    protected HttpClient Http { get; }

    /// <summary>What another site's page can make a browser send: no custom header.</summary>
    protected HttpClient Browser { get; }

    [Fact]
    public async Task Post_EachSimpleRequestFromAnotherSitesPage_Refused403AndNothingChanged()
    {
        await AssertEachRefusedAsync(Browser, r => r.FromEvilPage(), "another site");
    }

    [Fact]
    public async Task Post_EachSimpleRequestWithoutClientHeader_Refused403AndNothingChanged()
    {
        await AssertEachRefusedAsync(Browser, r => r, ClientHeader.Name);
    }

    [Fact]
    public async Task Post_WithClientHeaderButForeignOrigin_Refused403AndNothingChanged()
    {
        await AssertEachRefusedAsync(Http, r =>
        {
            r.Headers.Add("Origin", "http://localhost:3000"); // another app on this machine is another origin too
            return r;
        }, "http://localhost:3000");
    }

    [Fact]
    public async Task Post_WithClientHeaderButCrossSiteFetchMetadata_Refused403AndNothingChanged()
    {
        await AssertEachRefusedAsync(Http, r =>
        {
            r.Headers.Add("Sec-Fetch-Site", "cross-site");
            return r;
        }, "Sec-Fetch-Site: cross-site");
    }

    [Fact]
    public async Task Delete_WithoutClientHeader_Refused403AndMapKept()
    {
        var mapId = await FirstMapIdAsync();
        var before = await WorkspaceSnapshot.ReadAsync(Http, Ws);

        using var response = await Browser.DeleteAsync($"/api/workspaces/{Ws}/maps/{mapId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await WorkspaceSnapshot.ReadAsync(Http, Ws));
    }

    [Theory]
    [InlineData("segments", "text/plain", "application/json")]
    [InlineData("api-keys", "application/x-www-form-urlencoded", "application/json")]
    [InlineData("api-keys", null, "application/json")]
    [InlineData("personas", "text/plain", "application/json")]
    [InlineData("maps/import", "text/plain", "application/yaml")]
    [InlineData("maps/import", "multipart/form-data; boundary=x", "application/json")]
    public async Task Post_DocumentWithClientHeaderAndWrongType_Returns415NamingTheType(string route, string? type, string expected)
    {
        var before = await WorkspaceSnapshot.ReadAsync(Http, Ws);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(CrossSiteRequests.Persona));
        content.Headers.ContentType = type is null ? null : MediaTypeHeaderValue.Parse(type);

        using var response = await Http.PostAsync($"/api/workspaces/{Ws}/{route}", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var detail = (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString()!;
        Assert.Contains(expected, detail, StringComparison.Ordinal);
        Assert.Contains(type is null ? "no Content-Type" : type, detail, StringComparison.Ordinal);
        Assert.Equal(before, await WorkspaceSnapshot.ReadAsync(Http, Ws));
    }

    [Fact]
    public async Task Ingest_NdjsonAsTextPlain_Returns415NamingNdjson()
    {
        var (_, key) = await IngestClient.CreateKeyAsync(Http);

        using var response = await IngestClient.PostAsync(Browser, key, IngestClient.Event("c1", "Visited"), "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/x-ndjson", (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await IngestClient.ActivitiesAsync(Http));
    }

    [Fact]
    public async Task Ingest_WithApiKeyAndNoClientHeader_Stores()
    {
        var (_, key) = await IngestClient.CreateKeyAsync(Http);

        using var response = await IngestClient.PostAsync(Browser, key, IngestClient.Event("c1", "Visited") + "\n", "application/x-ndjson");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1L, 1L), (await IngestClient.ActivitiesAsync(Http))["Visited"]);
    }

    [Fact]
    public async Task Post_WithClientHeaderAndRightTypes_EachChangeWorks()
    {
        var mapId = await FirstMapIdAsync();
        var map = await Http.GetStringAsync("/api/templates/saas-trial");
        var ws = $"/api/workspaces/{Ws}";

        (string Route, HttpContent? Content, HttpStatusCode Expected)[] changes =
        [
            ("imports?fileName=e.csv", Typed(CrossSiteRequests.EventsCsv, "text/csv"), HttpStatusCode.OK),
            ("feedback/imports?fileName=f.csv", Typed(CrossSiteRequests.FeedbackCsv, "text/csv"), HttpStatusCode.OK),
            ("segments", Typed(CrossSiteRequests.Segment, "application/json"), HttpStatusCode.Created),
            ("maps/import", Typed(map, "application/json; charset=utf-8"), HttpStatusCode.Created),
            ("personas", Typed(CrossSiteRequests.Persona, "application/json"), HttpStatusCode.Created),
            ($"maps/{mapId}/duplicate", null, HttpStatusCode.Created),
            ("api-keys", Typed("""{"name": "Mine"}""", "application/json"), HttpStatusCode.Created),
        ];
        foreach (var (route, content, expected) in changes)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{ws}/{route}") { Content = content };
            request.Headers.Add("Origin", "http://localhost"); // the app's own page, as a browser sends it
            request.Headers.Add("Sec-Fetch-Site", "same-origin");
            using var response = await Http.SendAsync(request);
            Assert.True(response.StatusCode == expected, $"{route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        Assert.Equal((1L, 1L), (await IngestClient.ActivitiesAsync(Http))["Planted"]);
        Assert.Equal(1L, (await FeedbackClient.SummaryAsync(Http, Ws)).GetProperty("items").GetInt64());
    }

    public void Dispose()
    {
        Http.Dispose();
        Browser.Dispose();
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private static ByteArrayContent Typed(string body, string type)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }

    private async Task AssertEachRefusedAsync(HttpClient client, Func<HttpRequestMessage, HttpRequestMessage> dress, string reason)
    {
        var mapId = await FirstMapIdAsync();
        var map = await Http.GetStringAsync("/api/templates/saas-trial");
        var before = await WorkspaceSnapshot.ReadAsync(Http, Ws);

        foreach (var (name, build) in CrossSiteRequests.All(Ws, mapId, map))
        {
            using var request = dress(build());
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{name}: {(int)response.StatusCode} {body}");
            Assert.Contains(reason, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await WorkspaceSnapshot.ReadAsync(Http, Ws));
    }

    private async Task<string> FirstMapIdAsync() =>
        (await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/maps"))[0].GetProperty("id").GetString()!;
}
