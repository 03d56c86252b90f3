using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Waymark.Browser.Tests;

/// <summary>Sends events to the ingestion API for a browser test: a fresh API key, then one JSON batch.</summary>
internal static class EvidenceData
{
    /// <summary>One event: customer, activity, minutes after 09:00 UTC two days ago (inside the data view's default range), optional channel.</summary>
    public sealed record Ev(string Customer, string Activity, int Minute, string? Channel = null);

    public static async Task IngestAsync(HttpClient http, IEnumerable<Ev> events, string workspace = WaymarkApi.DemoWorkspace)
    {
        using var created = await http.PostAsJsonAsync($"/api/workspaces/{workspace}/api-keys", new { name = "browser test" });
        created.EnsureSuccessStatusCode();
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var start = DateTime.UtcNow.Date.AddDays(-2).AddHours(9);
        var body = JsonSerializer.Serialize(events.Select(e => new Dictionary<string, string?>
        {
            ["customerId"] = e.Customer,
            ["activity"] = e.Activity,
            ["timestamp"] = start.AddMinutes(e.Minute).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["channel"] = e.Channel,
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Ingestion failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
