using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Waymark.Core.FileFormat;
using Waymark.Server.Features.Security;

namespace Waymark.Cli;

/// <summary>The few calls push, pull and export's data strip make to a running Waymark server.</summary>
internal sealed class ServerClient : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;
    private readonly ServerSignIn? _signIn;
    private Task? _signedIn;

    public ServerClient(HttpClient http, ServerSignIn? signIn = null)
    {
        _http = http;
        _signIn = signIn;
    }

    /// <summary>A client for the server, signed in (before its first call) when WAYMARK_EMAIL is set.</summary>
    public static ServerClient For(Uri server)
    {
        var signIn = ServerSignIn.FromEnvironment();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() })
        {
            BaseAddress = server, Timeout = TimeSpan.FromSeconds(60),
        };
        // The server takes changes only from requests a page on another site could not send (ADR 009).
        http.DefaultRequestHeaders.Add(ClientHeader.Name, "cli");
        return new ServerClient(http, signIn);
    }

    public async Task<string> ResolveWorkspaceAsync(string? workspace, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(workspace))
        {
            return workspace;
        }

        using var doc = await GetJsonAsync("api/workspaces", ct).ConfigureAwait(false);
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            return item.GetProperty("id").GetString()!;
        }

        throw new CliException(ExitCodes.ServerError, "the server has no workspace; create one first");
    }

    public async Task<IReadOnlyList<(string Id, string Name)>> ListMapsAsync(string workspace, CancellationToken ct)
    {
        using var doc = await GetJsonAsync($"api/workspaces/{Uri.EscapeDataString(workspace)}/maps", ct).ConfigureAwait(false);
        var maps = new List<(string, string)>();
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            maps.Add((item.GetProperty("id").GetString()!, item.GetProperty("name").GetString() ?? ""));
        }

        return maps;
    }

    public async Task<string> ExportAsync(string workspace, string mapId, MapFormat format, CancellationToken ct)
    {
        await SignedInAsync(ct).ConfigureAwait(false);
        var url = $"{MapUrl(workspace, mapId)}/export?format={(format == MapFormat.Json ? "json" : "yaml")}";
        using var response = await _http.GetAsync(url, ct).ConfigureAwait(false);
        await EnsureAsync(response, ct).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The map's current ETag, or null when the server has no map with that id.</summary>
    public async Task<EntityTagHeaderValue?> GetETagAsync(string workspace, string mapId, CancellationToken ct)
    {
        await SignedInAsync(ct).ConfigureAwait(false);
        using var response = await _http.GetAsync(MapUrl(workspace, mapId), ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureAsync(response, ct).ConfigureAwait(false);
        return response.Headers.ETag;
    }

    /// <summary>Imports a map file as a new map, bound to the event source <paramref name="source"/> (an id) or to none.</summary>
    public async Task ImportAsync(string workspace, string text, MapFormat format, string? source, CancellationToken ct)
    {
        await SignedInAsync(ct).ConfigureAwait(false);
        var url = $"api/workspaces/{Uri.EscapeDataString(workspace)}/maps/import?format={(format == MapFormat.Json ? "json" : "yaml")}"
            + (string.IsNullOrEmpty(source) ? "" : "&source=" + Uri.EscapeDataString(source));
        using var content = new StringContent(text, Encoding.UTF8, format == MapFormat.Json ? "application/json" : "application/yaml");
        using var response = await _http.PostAsync(url, content, ct).ConfigureAwait(false);
        await EnsureAsync(response, ct).ConfigureAwait(false);
    }

    public async Task UpdateAsync(string workspace, string mapId, string json, EntityTagHeaderValue etag, CancellationToken ct)
    {
        await SignedInAsync(ct).ConfigureAwait(false);
        using var request = new HttpRequestMessage(HttpMethod.Put, MapUrl(workspace, mapId));
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        request.Headers.IfMatch.Add(etag);
        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        await EnsureAsync(response, ct).ConfigureAwait(false);
    }

    /// <summary>A map's overlay and feedback figures, as the export route reads them, for its data strip.</summary>
    public async Task<(T1 Overlay, T2 Feedback)> GetFiguresAsync<T1, T2>(string workspace, string mapId, string query, CancellationToken ct)
    {
        var overlay = await GetAsync<T1>($"{MapUrl(workspace, mapId)}/overlay{query}", ct).ConfigureAwait(false);
        var feedback = await GetAsync<T2>($"{MapUrl(workspace, mapId)}/feedback{query}", ct).ConfigureAwait(false);
        return (overlay, feedback);
    }

    public void Dispose() => _http.Dispose();

    private Task SignedInAsync(CancellationToken ct) => _signIn is null ? Task.CompletedTask : _signedIn ??= _signIn.SignInAsync(_http, ct);

    private async Task<T> GetAsync<T>(string url, CancellationToken ct)
    {
        await SignedInAsync(ct).ConfigureAwait(false);
        using var response = await _http.GetAsync(url, ct).ConfigureAwait(false);
        await EnsureAsync(response, ct).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync<T>(stream, Web, ct).ConfigureAwait(false)
            ?? throw new CliException(ExitCodes.ServerError, $"the server answered {url} with nothing");
    }

    private static string MapUrl(string workspace, string mapId) =>
        $"api/workspaces/{Uri.EscapeDataString(workspace)}/maps/{Uri.EscapeDataString(mapId)}";

    private async Task<JsonDocument> GetJsonAsync(string url, CancellationToken ct)
    {
        await SignedInAsync(ct).ConfigureAwait(false);
        using var response = await _http.GetAsync(url, ct).ConfigureAwait(false);
        await EnsureAsync(response, ct).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: ct).ConfigureAwait(false);
    }

    private static async Task EnsureAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new CliException(ExitCodes.Invalid, "server answered 401: it has accounts on; set "
                + $"{ServerSignIn.EmailVariable} and {ServerSignIn.PasswordVariable} to sign in as one of its people");
        }

        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        var code = response.StatusCode == HttpStatusCode.PreconditionFailed ? ExitCodes.Conflict
            : (int)response.StatusCode is >= 400 and < 500 ? ExitCodes.Invalid : ExitCodes.ServerError;
        throw new CliException(code, $"server answered {(int)response.StatusCode} {response.ReasonPhrase}: {ProblemText.From(body)}");
    }
}
