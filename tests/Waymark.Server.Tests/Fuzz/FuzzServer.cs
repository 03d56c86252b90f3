using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Waymark.Testing.Fuzz;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// The real server (through its HTTP pipeline, on a real database) that a fuzz family talks to: a target workspace
/// that takes every input, with a key, a map, a persona and a segment to update, and a bystander workspace seeded
/// before the run that no input may touch.
/// </summary>
internal sealed class FuzzServer : IAsyncDisposable
{
    private readonly WaymarkFactory _root;
    private readonly WebApplicationFactory<Program> _factory;
    private string _mapETag = "";
    private string _personaETag = "";

    public FuzzServer(string provider, string connectionString)
    {
        var settings = new Dictionary<string, string>
        {
            ["Ingest:Burst"] = "1000000",
            ["Ingest:RequestsPerSecond"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        _root = new WaymarkFactory(provider, connectionString, settings);
        _factory = _root.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(Errors)));
        Http = _factory.CreateClient();
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => _factory.Services;

    public ServerErrors Errors { get; } = new();

    public string Target { get; private set; } = "";

    public string Bystander { get; private set; } = "";

    public string Key { get; private set; } = "";

    public string MapId { get; private set; } = "";

    public string PersonaId { get; private set; } = "";

    public string SegmentId { get; private set; } = "";

    public IReadOnlyList<FuzzSeed> MapSeedsJson { get; private set; } = [];

    public IReadOnlyList<FuzzSeed> MapSeedsYaml { get; private set; } = [];

    public IReadOnlyList<FuzzSeed> PersonaSeeds { get; private set; } = [];

    public async Task StartAsync()
    {
        Bystander = await FuzzWorkspaces.CreateAsync(Http, "Bystander");
        await FuzzWorkspaces.SeedAsync(Http, Bystander);
        Target = await FuzzWorkspaces.CreateAsync(Http, "Target");
        Key = await FuzzWorkspaces.KeyAsync(Http, Target);
        (MapId, _mapETag) = await FuzzWorkspaces.MapAsync(Http, Target);
        (PersonaId, _personaETag) = await FuzzWorkspaces.PersonaAsync(Http, Target);
        SegmentId = await FuzzWorkspaces.SegmentAsync(Http, Target);
        (MapSeedsJson, MapSeedsYaml) = FuzzWorkspaces.MapSeeds(MapId);
        PersonaSeeds = FuzzWorkspaces.PersonaSeeds(PersonaId);
    }

    public Task<HttpResponseMessage> UploadAsync(string route, FuzzCase fuzzCase, string ext, bool preview = false)
    {
        var name = (fuzzCase.Label ?? "upload{ext}").Replace("{ext}", ext, StringComparison.Ordinal);
        var query = "fileName=" + QueryText.Encode(name) + (preview ? $"&complete={(fuzzCase.Index % 2 == 0 ? "true" : "false")}" : "");
        return PostAsync($"/api/workspaces/{Target}/{route}?{query}", fuzzCase.Bytes, "application/octet-stream");
    }

    public Task<HttpResponseMessage> IngestAsync(string what, FuzzCase fuzzCase, string contentType)
    {
        var request = Request(HttpMethod.Post, $"/api/ingest/{what}", fuzzCase.Bytes, contentType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string route, FuzzCase fuzzCase, string contentType) =>
        Http.SendAsync(Request(method, $"/api/workspaces/{Target}/{route}", fuzzCase.Bytes, contentType));

    public async Task<HttpResponseMessage> PutMapAsync(FuzzCase fuzzCase, string contentType)
    {
        var request = Request(HttpMethod.Put, $"/api/workspaces/{Target}/maps/{MapId}", fuzzCase.Bytes, contentType);
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(_mapETag));
        var response = await Http.SendAsync(request);
        _mapETag = response.Headers.ETag?.Tag ?? _mapETag;
        return response;
    }

    public async Task<HttpResponseMessage> PutPersonaAsync(FuzzCase fuzzCase)
    {
        var request = Request(HttpMethod.Put, $"/api/workspaces/{Target}/personas/{PersonaId}", fuzzCase.Bytes, "application/json");
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(_personaETag));
        var response = await Http.SendAsync(request);
        _personaETag = response.Headers.ETag?.Tag ?? _personaETag;
        return response;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _root.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string url, byte[] body, string contentType) =>
        Http.SendAsync(Request(HttpMethod.Post, url, body, contentType));

    private static HttpRequestMessage Request(HttpMethod method, string url, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new HttpRequestMessage(method, url) { Content = content };
    }
}
