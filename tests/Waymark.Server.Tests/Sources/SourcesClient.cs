using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;

namespace Waymark.Server.Tests.Sources;

/// <summary>Helpers for event sources and maps bound to them, so the tests read as what they check.</summary>
internal static class SourcesClient
{
    public static string Root(string ws) => $"/api/workspaces/{ws}";

    public static async Task<JsonElement[]> ListAsync(HttpClient http, string ws) =>
        (await http.GetFromJsonAsync<JsonElement>($"{Root(ws)}/sources")).EnumerateArray().ToArray();

    public static async Task<string> CreateAsync(HttpClient http, string ws, string name)
    {
        using var response = await http.PostAsJsonAsync($"{Root(ws)}/sources", new { name });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<string> KeyAsync(HttpClient http, string ws, string sourceId)
    {
        using var response = await http.PostAsJsonAsync($"{Root(ws)}/api-keys", new { name = "site", sourceId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    /// <summary>Sends one event per customer for each activity with a key (so into the key's source).</summary>
    public static async Task IngestAsync(HttpClient http, string key, int customers, params string[] activities)
    {
        var events = new List<string>();
        for (var c = 0; c < customers; c++)
        {
            events.AddRange(activities.Select((a, i) => IngestClient.Event($"c{c}", a, $"2026-11-01T10:0{i}:00Z")));
        }

        using var response = await IngestClient.PostAsync(http, key, IngestClient.Array([.. events]));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A blank map (bound to sourceId, or the default source) with steps bound to "Visited" then "Bought".</summary>
    public static async Task<string> BoundMapAsync(HttpClient http, string ws, string? sourceId)
    {
        using var created = await http.PostAsJsonAsync($"{Root(ws)}/maps", new { name = "Shop", sourceId });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var get = await http.GetAsync($"{Root(ws)}/maps/{id}");
        var map = MapSerializer.Read(await get.Content.ReadAsStringAsync(), MapFormat.Json).Map!;
        var stage = new Stage { Id = "stg-1", Name = "Buy" };
        stage.Steps.Add(new Step { Id = "visit", Name = "Visit", Binding = new StepBinding { Activities = ["Visited"] } });
        stage.Steps.Add(new Step { Id = "buy", Name = "Buy", Binding = new StepBinding { Activities = ["Bought"] } });
        map.Stages = [stage];
        using var put = new HttpRequestMessage(HttpMethod.Put, $"{Root(ws)}/maps/{id}")
        {
            Content = new StringContent(MapSerializer.ToJson(map), Encoding.UTF8, "application/json"),
        };
        put.Headers.IfMatch.Add(get.Headers.ETag!);
        (await http.SendAsync(put)).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>Customers on each step of the map's overlay, in step order.</summary>
    public static async Task<long[]> ReachedAsync(HttpClient http, string ws, string mapId)
    {
        var overlay = await http.GetFromJsonAsync<JsonElement>($"{Root(ws)}/maps/{mapId}/overlay");
        return overlay.GetProperty("series")[0].GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("customers").GetInt64()).ToArray();
    }
}
