using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Waymark.Server.Features.Security;

namespace Waymark.Server.Tests.Access;

/// <summary>
/// Every state-changing route of the OpenAPI document, sent by a signed-in owner's browser session (cookie and client
/// header) without the antiforgery token, then with a made-up one: each is refused before its handler runs, uploads
/// included, and nothing in the workspace or the session changed. A new route is walked without a word here.
/// </summary>
public abstract partial class AntiforgeryWalkTests : IDisposable
{
    private readonly WaymarkFactory _factory;

    protected AntiforgeryWalkTests(string provider, string connectionString) =>
        _factory = new WaymarkFactory(provider, connectionString, Team.Settings());

    [Theory]
    [InlineData(null)]
    [InlineData("CfDJ8made-up-token")]
    public async Task EveryChange_SessionWithoutAValidToken_RefusedAndNothingChanged(string? token)
    {
        using var world = await MatrixWorld.CreateAsync(_factory, new Team(_factory));
        var owner = world.Clients[4];
        var ids = await ArrangeAsync(owner, world.MapId);
        var before = await SnapshotAsync(owner, world.MapId);
        using var session = await new Team(_factory).SignInAsync("Olive Owner"); // the same person in a second browser
        session.DefaultRequestHeaders.Remove(SessionAntiforgery.HeaderName);
        if (token is not null)
        {
            session.DefaultRequestHeaders.Add(SessionAntiforgery.HeaderName, token);
        }

        var walked = new List<string>();
        var wrong = new List<string>();
        foreach (var (method, path, type) in await ChangesAsync(owner))
        {
            using var request = Request(method, Fill(path, ids), type);
            using var response = await session.SendAsync(request);
            var title = await TitleAsync(response);
            walked.Add($"{method} {path}");
            if (IsSignIn(path) ? (int)response.StatusCode is < 400 or >= 500 : title != "Antiforgery token required")
            {
                wrong.Add($"{method} {path}: {(int)response.StatusCode} {title}");
            }
        }

        Assert.True(wrong.Count == 0, "answered without a valid token:\n" + string.Join("\n", wrong));
        Assert.Contains("POST /api/workspaces/{workspaceId}/imports", walked);
        Assert.Contains("POST /api/account/sign-out-everywhere", walked);
        Assert.True(walked.Count > 40, $"only {walked.Count} routes walked");
        Assert.Equal(before, await SnapshotAsync(owner, world.MapId));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/account/me")).StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private static bool IsSignIn(string path) => path.StartsWith("/api/account/sign-in", StringComparison.Ordinal);

    /// <summary>Every route but GET from the server's own OpenAPI document, with the first body type it takes.</summary>
    private static async Task<List<(string Method, string Path, string? Type)>> ChangesAsync(HttpClient http)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));
        var changes = new List<(string, string, string?)>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is not ("get" or "head" or "parameters")))
            {
                var type = operation.Value.TryGetProperty("requestBody", out var body)
                    ? body.GetProperty("content").EnumerateObject().Select(c => c.Name).FirstOrDefault() : null;
                changes.Add((operation.Name.ToUpperInvariant(), path.Name, type));
            }
        }

        return changes;
    }

    /// <summary>A body each route would take: CSV for uploads, an honest-looking JSON object otherwise.</summary>
    private static HttpRequestMessage Request(string method, string url, string? type)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (type is not null)
        {
            var body = type == "application/octet-stream"
                ? "customer_id,activity,timestamp\nplanted,Planted,2026-11-01T10:00:00Z\n"
                : """{"name":"Planted","role":"owner","access":"view","body":"Planted","anchor":{"kind":"map"},"kind":"currentState"}""";
            request.Content = new StringContent(body, Encoding.UTF8, type);
        }

        return request;
    }

    /// <summary>Real ids where the owner has them (a thread, a comment, a link, an invitation, a member), else "x".</summary>
    private static async Task<Dictionary<string, string>> ArrangeAsync(HttpClient owner, string mapId)
    {
        var ws = $"/api/workspaces/{MatrixWorld.Workspace}";
        var thread = await PostAsync(owner, $"{ws}/maps/{mapId}/threads", new { anchor = new { kind = "map" }, body = "Kept" });
        var link = await PostAsync(owner, $"{ws}/maps/{mapId}/share-links", new { access = "view" });
        var invitation = await PostAsync(owner, $"{ws}/invitations", new { role = "viewer" });
        var members = await owner.GetFromJsonAsync<JsonElement>($"{ws}/members");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["workspaceId"] = MatrixWorld.Workspace,
            ["mapId"] = mapId,
            ["threadId"] = thread.GetProperty("id").GetString()!,
            ["commentId"] = thread.GetProperty("comments")[0].GetProperty("id").GetString()!,
            ["linkId"] = link.GetProperty("link").GetProperty("id").GetString()!,
            ["invitationId"] = invitation.GetProperty("invitation").GetProperty("id").GetString()!,
            ["userId"] = members.EnumerateArray().First(m => m.GetProperty("role").GetString() == "editor").GetProperty("userId").GetString()!,
        };
    }

    private static async Task<JsonElement> PostAsync(HttpClient owner, string url, object body)
    {
        using var response = await owner.PostAsJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The workspace, its members, invitations, the map's threads and links, and the owner's sessions.</summary>
    private static async Task<string> SnapshotAsync(HttpClient owner, string mapId)
    {
        var ws = $"/api/workspaces/{MatrixWorld.Workspace}";
        var parts = new List<string> { await WorkspaceSnapshot.ReadAsync(owner, MatrixWorld.Workspace) };
        foreach (var url in new[] { ws, $"{ws}/members", $"{ws}/invitations", $"{ws}/maps/{mapId}", $"{ws}/maps/{mapId}/threads?status=all",
                     $"{ws}/maps/{mapId}/share-links", $"{ws}/maps/{mapId}/votes", $"{ws}/inbox" })
        {
            using var response = await owner.GetAsync(url);
            parts.Add($"{url} {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return string.Join("\n", parts);
    }

    private static string Fill(string path, Dictionary<string, string> ids) =>
        Parameter().Replace(path, m => ids.GetValueOrDefault(m.Groups["name"].Value, "x"));

    private static async Task<string> TitleAsync(HttpResponseMessage response)
    {
        try
        {
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            return json.ValueKind == JsonValueKind.Object && json.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)\}")]
    private static partial Regex Parameter();
}
