using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Waymark.Browser.Tests;

/// <summary>Sends feedback items to the ingestion API for a browser test: a fresh API key, then one JSON batch.</summary>
internal static class FeedbackIngest
{
    public static async Task IngestAsync(HttpClient http, IReadOnlyCollection<Dictionary<string, object?>> items, string workspace = WaymarkApi.DemoWorkspace)
    {
        using var created = await http.PostAsJsonAsync($"/api/workspaces/{workspace}/api-keys", new { name = "feedback browser test" });
        created.EnsureSuccessStatusCode();
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var body = JsonSerializer.Serialize(new { feedback = items.Select(i => i.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value)) });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/feedback") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"feedback ingestion: {(int)response.StatusCode} {answer}");
        Assert.Equal(items.Count, JsonDocument.Parse(answer).RootElement.GetProperty("accepted").GetInt32());
    }
}
