using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;

namespace Waymark.Browser.Tests;

/// <summary>The REST API beside the browser: find the demo maps, create a map for a test, read back what the editor saved.</summary>
public sealed class WaymarkApi
{
    public const string DemoWorkspace = "demo";

    public WaymarkApi(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    public async Task<IReadOnlyList<MapListItem>> MapsAsync(string workspace = DemoWorkspace) =>
        await Http.GetFromJsonAsync<MapListItem[]>($"/api/workspaces/{workspace}/maps") ?? [];

    /// <summary>The ids of the workspace's persona library.</summary>
    public async Task<IReadOnlyList<string>> PersonaIdsAsync(string workspace = DemoWorkspace)
    {
        var list = await Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/workspaces/{workspace}/personas");
        return [.. list.EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];
    }

    public async Task<string> MapIdAsync(string name, string workspace = DemoWorkspace)
    {
        var maps = await MapsAsync(workspace);
        return maps.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal))?.Id
            ?? throw new InvalidOperationException(
                $"No map named '{name}' in workspace '{workspace}'; it has: {string.Join(", ", maps.Select(m => m.Name))}");
    }

    /// <summary>Stores <paramref name="map"/> as a new map (the server picks the id, set on the map) and returns its id.</summary>
    public async Task<string> CreateMapAsync(JourneyMap map, string workspace = DemoWorkspace)
    {
        // POST makes a blank map (the kind comes with the document below), PUT stores the whole document.
        using var created = await Http.PostAsJsonAsync($"/api/workspaces/{workspace}/maps", new { name = map.Name });
        await EnsureAsync(created, "create the map");
        var id = (await created.Content.ReadFromJsonAsync<MapListItem>())!.Id;

        map.Id = id;
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/workspaces/{workspace}/maps/{id}")
        {
            Content = new StringContent(MapSerializer.ToJson(map), Encoding.UTF8, "application/json"),
        };
        put.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(created.Headers.ETag!.Tag));
        using var saved = await Http.SendAsync(put);
        await EnsureAsync(saved, "save the map document");
        return id;
    }

    public async Task<JourneyMap> GetMapAsync(string id, string workspace = DemoWorkspace)
    {
        var json = await Http.GetStringAsync($"/api/workspaces/{workspace}/maps/{id}");
        var read = MapSerializer.Read(json, MapFormat.Json);
        return read.Map ?? throw new InvalidOperationException("The server returned an unreadable map: " + string.Join("; ", read.Problems));
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"Could not {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
