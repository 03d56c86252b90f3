using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Server.Features.Access;
using Waymark.Server.Tests.Accounts;

namespace Waymark.Server.Tests.Reviews;

/// <summary>
/// One server with accounts for a whole test class (starting one per test costs seconds each): the demo workspace's
/// people, signed in once, by role. Started by the first test that asks, with that class's provider and database;
/// every test makes its own maps, so tests do not see each other's state.
/// </summary>
public sealed class ReviewsWorld : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, HttpClient> _people = [];
    private AccountsHost? _host;

    /// <summary>(key, display name, role): two editors, a viewer and a workspace owner.</summary>
    public static readonly (string Key, string Name, WorkspaceRole Role)[] People =
    [
        ("eve", "Eve Editor", WorkspaceRole.Editor),
        ("ed", "Ed Editor", WorkspaceRole.Editor),
        ("vic", "Vic <b>Viewer</b>", WorkspaceRole.Viewer),
        ("olga", "Olga Owner", WorkspaceRole.Owner),
    ];

    public Dictionary<string, string> UserIds { get; } = [];

    public AccountsHost Host => _host ?? throw new InvalidOperationException("StartAsync first");

    public async Task StartAsync(string provider, Func<string> connectionString)
    {
        await _gate.WaitAsync();
        try
        {
            if (_host is not null)
            {
                return;
            }

            var host = new AccountsHost(provider, connectionString());
            foreach (var (key, name, role) in People)
            {
                var user = await host.CreateUserAsync($"{key}@example.org", name: name);
                await host.AddMemberAsync(AccountsHost.DemoWorkspace, user.Id, role);
                UserIds[key] = user.Id;
                _people[key] = await host.SignInAsync($"{key}@example.org");
            }

            _host = host;
        }
        finally
        {
            _gate.Release();
        }
    }

    public HttpClient As(string key) => _people[key];

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A new map made by Eve, its scope changed by <paramref name="change"/> and saved; its id.</summary>
    public async Task<string> MapAsync(Action<MapScope> change)
    {
        var id = await ApiClient.CreateFromTemplateAsync(As("eve"));
        using var response = await SaveScopeAsync("eve", id, change);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>Reads the map as <paramref name="who"/>, changes its scope and PUTs it back; the answer.</summary>
    public async Task<HttpResponseMessage> SaveScopeAsync(string who, string mapId, Action<MapScope> change)
    {
        var (map, _, etag) = await ApiClient.GetMapAsync(As(who), mapId);
        change(map.Scope);
        return await ApiClient.PutAsync(As(who), mapId, MapSerializer.ToJson(map), etag);
    }

    public static Task<HttpResponseMessage> MarkReviewedAsync(HttpClient http, string mapId, string body = "{}", string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{ApiClient.MapUrl(mapId)}/review")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return http.SendAsync(request);
    }

    public async Task<JsonElement> InboxAsync(string who) =>
        await As(who).GetFromJsonAsync<JsonElement>($"/api/workspaces/{ApiClient.Workspace}/inbox");

    public static string[] ReminderMapIds(JsonElement inbox) =>
        inbox.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("mapId").GetString()!).ToArray();

    public void Dispose()
    {
        _host?.Dispose();
        _gate.Dispose();
    }
}
