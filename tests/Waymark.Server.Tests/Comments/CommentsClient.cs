using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Waymark.Core.Maps;
using Waymark.Testing;

namespace Waymark.Server.Tests.Comments;

/// <summary>The comment routes of one map, called as the people of <see cref="TestCallers"/>.</summary>
internal sealed class CommentsClient
{
    private readonly WebApplicationFactory<Program> _factory;

    public CommentsClient(WaymarkFactory factory)
    {
        _factory = factory.WithWebHostBuilder(b => b.ConfigureTestServices(TestCallers.Register));
    }

    public IServiceProvider Services => _factory.Services;

    public string MapId { get; private set; } = "";

    public JourneyMap Map { get; private set; } = new();

    public string Threads => $"/api/workspaces/{ApiClient.Workspace}/maps/{MapId}/threads";

    public string Inbox => $"/api/workspaces/{ApiClient.Workspace}/inbox";

    /// <summary>A client acting as the member with this id (null: the local owner); "guest:{mapId}" is a share-link guest.</summary>
    public HttpClient As(string? caller = null)
    {
        var http = _factory.CreateClient();
        if (caller is not null)
        {
            http.DefaultRequestHeaders.Add(TestCallers.Header, caller);
        }

        return http;
    }

    public async Task<CommentsClient> WithMapAsync()
    {
        using var http = As();
        MapId = await ApiClient.CreateFromTemplateAsync(http);
        Map = (await ApiClient.GetMapAsync(http, MapId)).Map;
        return this;
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
}
