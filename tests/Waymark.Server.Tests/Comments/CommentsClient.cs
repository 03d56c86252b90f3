using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Core.Maps;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Accounts;
using Waymark.Server.Features.Security;
using Waymark.Server.Tests.Accounts;
using Waymark.Server.Tests.Sharing;

namespace Waymark.Server.Tests.Comments;

/// <summary>
/// The comment routes of one map, called by real people of the demo workspace on a server with accounts on
/// (<see cref="AccountsHost"/>): each signs in with a password and acts with their session cookie and antiforgery
/// token. Their user ids are fixed (u_ana, u_cora, …) so bodies can name them; null is the owner Olga. Share-link
/// guests come from real comment links (<see cref="GuestAsync"/>).
/// </summary>
internal sealed class CommentsClient : IDisposable
{
    public const string Owner = "u_olga";
    public const string GuestName = "Guest <b>visitor</b>";

    private static readonly (string Id, string Name, WorkspaceRole Role)[] People =
    [
        ("u_ana", "Ana Researcher", WorkspaceRole.Commenter),
        ("u_cora", "Cora Analyst", WorkspaceRole.Commenter),
        ("u_ben", "Ben Stakeholder", WorkspaceRole.Viewer),
        (Owner, "Olga Owner", WorkspaceRole.Owner),
    ];

    private readonly AccountsHost _host;
    private readonly Dictionary<string, (string Cookies, string? Antiforgery)> _sessions = [];
    private readonly List<HttpClient> _clients = [];

    public CommentsClient(string provider, string connectionString)
    {
        _host = new AccountsHost(provider, connectionString);
    }

    public IServiceProvider Services => _host.Factory.Services;

    public string MapId { get; private set; } = "";

    public JourneyMap Map { get; private set; } = new();

    public string Threads => $"/api/workspaces/{ApiClient.Workspace}/maps/{MapId}/threads";

    public string Inbox => $"/api/workspaces/{ApiClient.Workspace}/inbox";

    /// <summary>A client acting as the member with this id (null: the owner Olga); the test disposes it.</summary>
    public HttpClient As(string? caller = null)
    {
        var (cookies, antiforgery) = _sessions[caller ?? Owner];
        var http = Bare();
        http.DefaultRequestHeaders.Add("Cookie", cookies);
        if (antiforgery is not null)
        {
            http.DefaultRequestHeaders.Add(SessionAntiforgery.HeaderName, antiforgery);
        }

        return http;
    }

    /// <summary>The people, signed in, and a new map from a template made by the owner.</summary>
    public async Task<CommentsClient> WithMapAsync()
    {
        using (var scope = Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<WaymarkUser>>();
            foreach (var (id, name, role) in People)
            {
                var email = $"{id[2..]}@example.org";
                var user = new WaymarkUser { Id = id, UserName = email, Email = email, DisplayName = name, CreatedAt = DateTime.UtcNow };
                Assert.True((await users.CreateAsync(user, AccountsHost.Password)).Succeeded);
                await _host.AddMemberAsync(AccountsHost.DemoWorkspace, id, role);
                _sessions[id] = await SignInAsync(email);
            }
        }

        using var http = As();
        MapId = await ApiClient.CreateFromTemplateAsync(http);
        Map = (await ApiClient.GetMapAsync(http, MapId)).Map;
        return this;
    }

    /// <summary>A share-link guest of a comment link to <paramref name="mapId"/> (another map of the owner's when null).</summary>
    public async Task<HttpClient> GuestAsync(string? mapId)
    {
        using var owner = As();
        mapId ??= await ApiClient.CreateFromTemplateAsync(owner);
        var (_, token) = await ShareClient.CreateAsync(owner, mapId, "comment");
        using var guest = Bare();
        using var opened = await ShareClient.OpenAsync(guest, token, name: GuestName);
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var http = Bare();
        http.DefaultRequestHeaders.Add("Cookie", CookiesOf(opened));
        return http;
    }

    public static Task<HttpResponseMessage> StartAsync(HttpClient http, string url, object anchor, string body) =>
        http.PostAsJsonAsync(url, new { anchor, body });

    public async Task<JsonElement> StartThreadAsync(string? caller, object anchor, string body)
    {
        using var http = As(caller);
        using var response = await StartAsync(http, Threads, anchor, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> ReplyAsync(string? caller, string threadId, string body)
    {
        using var http = As(caller);
        using var response = await http.PostAsJsonAsync($"{Threads}/{threadId}/comments", new { body });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> ListAsync(string? caller = null, string status = "all")
    {
        using var http = As(caller);
        return await http.GetFromJsonAsync<JsonElement>($"{Threads}?status={status}");
    }

    public async Task<JsonElement> InboxOfAsync(string caller)
    {
        using var http = As(caller);
        return await http.GetFromJsonAsync<JsonElement>(Inbox);
    }

    public void Dispose() => _host.Dispose();

    /// <summary>A client that keeps no cookies of its own, so each person's session goes in its Cookie header.</summary>
    private HttpClient Bare() => _host.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    private async Task<(string Cookies, string? Antiforgery)> SignInAsync(string email)
    {
        using var http = Bare();
        using var response = await http.PostAsJsonAsync("/api/account/sign-in", new { email, password = AccountsHost.Password });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var account = await response.Content.ReadFromJsonAsync<AccountDto>();
        return (CookiesOf(response), account!.AntiforgeryToken);
    }

    /// <summary>The cookies an answer set, as a Cookie header would send them back.</summary>
    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : []);
}
