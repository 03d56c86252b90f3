using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Waymark.Server.Tests;

/// <summary>The built front end as the server hosts it: deep links, cache headers, and /api staying an API.</summary>
public sealed class SpaHostingTests : IDisposable
{
    private const string IndexMarker = "<!-- waymark test index -->";
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private readonly string _dist = Directory.CreateTempSubdirectory("waymark-spa-").FullName;
    private readonly string _empty = Directory.CreateTempSubdirectory("waymark-nospa-").FullName;
    private readonly WaymarkFactory _factory = new("Sqlite", TempSqlite.NewMigratedConnectionString());

    public SpaHostingTests()
    {
        Directory.CreateDirectory(Path.Combine(_dist, "assets"));
        File.WriteAllText(Path.Combine(_dist, "index.html"), $"<!doctype html><html><body>{IndexMarker}<div id=\"root\"></div></body></html>");
        File.WriteAllText(Path.Combine(_dist, "assets", "index-Ab12Cd34.js"), "console.log('waymark');");
        File.WriteAllText(Path.Combine(_dist, "favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/templates")]
    [InlineData("/personas/per_123")]
    [InlineData("/maps/map_4k9x2m7q1d")]
    public async Task Get_ClientRouteFromBrowser_ServesIndexWithoutCaching(string path)
    {
        using var http = Client(_dist);

        using var response = await http.SendAsync(Navigate(HttpMethod.Get, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache, "index.html must be revalidated so a new build shows at once");
        Assert.Contains(IndexMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RootWithoutAcceptHeader_ServesIndex()
    {
        using var http = Client(_dist);

        var body = await http.GetStringAsync("/");

        Assert.Contains(IndexMarker, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_ClientRoute_ReturnsHeadersOnly()
    {
        using var http = Client(_dist);

        using var response = await http.SendAsync(Navigate(HttpMethod.Head, "/maps/map_1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_HashedAsset_IsCachedImmutable()
    {
        using var http = Client(_dist);

        using var response = await http.GetAsync("/assets/index-Ab12Cd34.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Get_UnhashedRootFile_IsRevalidated()
    {
        using var http = Client(_dist);

        using var response = await http.GetAsync("/favicon.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task Get_MissingAsset_Returns404NotIndex()
    {
        using var http = Client(_dist);

        using var asset = await http.SendAsync(Navigate(HttpMethod.Get, "/assets/index-Gone0000.js"));
        using var image = await http.GetAsync("/logo.png");

        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, image.StatusCode);
    }

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/api/workspaces/demo/nothing/here")]
    public async Task Get_UnknownApiPathFromBrowser_Returns404Problem(string path)
    {
        using var http = Client(_dist);

        using var response = await http.SendAsync(Navigate(HttpMethod.Get, path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(IndexMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownOpenApiDocumentFromBrowser_Returns404NotIndex()
    {
        using var http = Client(_dist);

        using var response = await http.SendAsync(Navigate(HttpMethod.Get, "/openapi/nope.json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(IndexMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_KnownApiAndOpenApi_StillAnswerWithFrontEnd()
    {
        using var http = Client(_dist);

        using var health = await http.SendAsync(Navigate(HttpMethod.Get, "/api/health"));
        using var openApi = await http.SendAsync(Navigate(HttpMethod.Get, "/openapi/v1.json"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("application/json", health.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        Assert.Contains("\"openapi\"", await openApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ClientRoute_IsNotAnsweredWithIndex()
    {
        using var http = Client(_dist);

        using var request = Navigate(HttpMethod.Post, "/maps/map_1");
        using var response = await http.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_RootWithoutBuiltFrontEnd_ExplainsHowToBuild()
    {
        using var http = Client(_empty);

        using var root = await http.SendAsync(Navigate(HttpMethod.Get, "/"));
        using var deep = await http.SendAsync(Navigate(HttpMethod.Get, "/maps/map_1"));
        using var api = await http.SendAsync(Navigate(HttpMethod.Get, "/api/health"));

        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        var body = await root.Content.ReadAsStringAsync();
        Assert.Contains("front end is not built", body, StringComparison.Ordinal);
        Assert.Contains("npm", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, deep.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_dist, recursive: true);
        Directory.Delete(_empty, recursive: true);
    }

    private HttpClient Client(string spaRoot) =>
        _factory.WithWebHostBuilder(b => b.UseSetting("Spa:Root", spaRoot))
            .CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static HttpRequestMessage Navigate(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.ParseAdd(BrowserAccept);
        return request;
    }
}
