using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;

namespace Waymark.Bench.Rules;

/// <summary>
/// What a benchmark sets up through the API, as a user would: a workspace, a map whose steps "visit" and "buy" are
/// bound to the activities "Visited" and "Bought" of the workspace's source, an ingest key for that source, a webhook
/// endpoint on the receiver (its secret kept to check signatures), and one enabled rule.
/// </summary>
internal sealed record BenchWorkspace(string Workspace, string Map, string Key, string Secret, string Rule)
{
    public const string Visited = "Visited";

    public static async Task<BenchWorkspace> CreateAsync(HttpClient http, string receiverUrl, string eventType, object trigger)
    {
        var ws = (await PostAsync(http, "/api/workspaces", new { name = "Rules bench" })).GetProperty("id").GetString()!;
        var map = await BoundMapAsync(http, ws);
        var sources = await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{ws}/sources");
        var source = sources[0].GetProperty("id").GetString()!;
        var key = (await PostAsync(http, $"/api/workspaces/{ws}/api-keys", new { name = "bench", sourceId = source })).GetProperty("key").GetString()!;
        var hook = await PostAsync(http, $"/api/workspaces/{ws}/webhooks", new { url = receiverUrl, events = new[] { eventType } });
        var endpoint = hook.GetProperty("webhook").GetProperty("id").GetString()!;
        var rule = await PostAsync(http, $"/api/workspaces/{ws}/maps/{map}/rules", new
        {
            name = "bench",
            enabled = true,
            trigger,
            conditions = new { attributes = Array.Empty<object>() },
            frequency = new { reentry = "always" },
            actions = new { webhookEndpointIds = new[] { endpoint }, activityFeed = false },
        });
        return new BenchWorkspace(ws, map, key, hook.GetProperty("secret").GetString()!, rule.GetProperty("id").GetString()!);
    }

    private static async Task<string> BoundMapAsync(HttpClient http, string ws)
    {
        var id = (await PostAsync(http, $"/api/workspaces/{ws}/maps", new { name = "Shop" })).GetProperty("id").GetString()!;
        using var get = await http.GetAsync(new Uri($"/api/workspaces/{ws}/maps/{id}", UriKind.Relative));
        var map = MapSerializer.Read(await get.Content.ReadAsStringAsync(), MapFormat.Json).Map!;
        var stage = new Stage { Id = "stg-1", Name = "Buy" };
        stage.Steps.Add(new Step { Id = "visit", Name = "Visit", Binding = new StepBinding { Activities = [Visited] } });
        stage.Steps.Add(new Step { Id = "buy", Name = "Buy", Binding = new StepBinding { Activities = ["Bought"] } });
        map.Stages = [stage];
        using var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/workspaces/{ws}/maps/{id}", UriKind.Relative))
        {
            Content = new StringContent(MapSerializer.ToJson(map), Encoding.UTF8, "application/json"),
        };
        put.Headers.IfMatch.Add(get.Headers.ETag!);
        using var saved = await http.SendAsync(put);
        await EnsureAsync(saved, "save the map");
        return id;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string url, object body)
    {
        using var response = await http.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);
        await EnsureAsync(response, "POST " + url);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
