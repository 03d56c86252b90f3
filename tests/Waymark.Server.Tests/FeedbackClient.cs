using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Waymark.Server.Tests;

/// <summary>Helpers for the feedback ingestion, upload and read endpoints, so tests read as what they check.</summary>
internal static class FeedbackClient
{
    public const string Url = "/api/ingest/feedback";

    public static Task<HttpResponseMessage> PostAsync(HttpClient http, string? key, string body, string contentType = "application/json", string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url + query) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return http.SendAsync(request);
    }

    /// <summary>A JSON feedback object; null members are left out.</summary>
    public static string Item(string? text, string? customer = "c1", string time = "2026-11-01T10:00:00Z", string? id = null,
        double? score = null, string? scoreType = null, string? source = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["customerId"] = customer,
            ["time"] = time,
            ["text"] = text,
            ["score"] = score,
            ["scoreType"] = scoreType,
            ["source"] = source,
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));

    public static string Batch(params string[] items) => """{"feedback":[""" + string.Join(",", items) + "]}";

    public static Task<HttpResponseMessage> UploadAsync(HttpClient http, string workspace, byte[] file, string query) =>
        Post(http, $"/api/workspaces/{workspace}/feedback/imports?{query}", file);

    public static Task<HttpResponseMessage> PreviewAsync(HttpClient http, string workspace, byte[] start, string query) =>
        Post(http, $"/api/workspaces/{workspace}/feedback/imports/preview?{query}", start);

    public static async Task<JsonElement> SummaryAsync(HttpClient http, string workspace) =>
        await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{workspace}/feedback/summary");

    /// <summary>How many feedback items the workspace holds (0 after a refused upload: it stored nothing).</summary>
    public static async Task<long> ItemCountAsync(HttpClient http, string workspace) =>
        (await SummaryAsync(http, workspace)).GetProperty("items").GetInt64();

    public static async Task<JsonElement> ListAsync(HttpClient http, string workspace, string query = "") =>
        await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{workspace}/feedback?{query}");

    private static Task<HttpResponseMessage> Post(HttpClient http, string url, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return http.PostAsync(url, content);
    }
}
