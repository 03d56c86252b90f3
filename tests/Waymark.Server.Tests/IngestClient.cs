using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Waymark.Server.Tests;

/// <summary>Helpers for the ingestion and API-key endpoints, so tests read as what they check.</summary>
internal static class IngestClient
{
    public const string Url = "/api/ingest/events";

    public static async Task<(string Id, string Key)> CreateKeyAsync(HttpClient http, string workspace = ApiClient.Workspace, string name = "website")
    {
        using var response = await http.PostAsJsonAsync($"/api/workspaces/{workspace}/api-keys", new { name });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetString()!, body.GetProperty("key").GetString()!);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient http, string? key, string body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return http.SendAsync(request);
    }

    /// <summary>A JSON event object; null members are left out.</summary>
    public static string Event(string customer, string activity, string time = "2026-11-01T10:00:00Z", string? id = null, string? channel = null) =>
        JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["id"] = id,
            ["customerId"] = customer,
            ["timestamp"] = time,
            ["activity"] = activity,
            ["channel"] = channel,
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));

    public static string Array(params string[] events) => "[" + string.Join(",", events) + "]";

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<Dictionary<string, (long Events, long Customers)>> ActivitiesAsync(HttpClient http, string workspace = ApiClient.Workspace)
    {
        var rows = await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{workspace}/activities");
        return rows.EnumerateArray().ToDictionary(
            r => r.GetProperty("name").GetString()!,
            r => (r.GetProperty("events").GetInt64(), r.GetProperty("customers").GetInt64()));
    }
}
