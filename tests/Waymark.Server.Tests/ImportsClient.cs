using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Waymark.Server.Tests;

/// <summary>Helpers for the upload endpoints: each test gets its own workspace so demo data never counts.</summary>
internal static class ImportsClient
{
    public static async Task<string> NewWorkspaceAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("/api/workspaces", new { name = "Uploads " + Guid.NewGuid().ToString("N")[..8] });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient http, string workspace, byte[] file, string query) =>
        PostAsync(http, $"/api/workspaces/{workspace}/imports?{query}", file);

    public static Task<HttpResponseMessage> PreviewAsync(HttpClient http, string workspace, byte[] start, string query) =>
        PostAsync(http, $"/api/workspaces/{workspace}/imports/preview?{query}", start);

    public static async Task<JsonElement> SummaryAsync(HttpClient http, string workspace) =>
        await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{workspace}/events/summary");

    /// <summary>How many events the workspace holds (0 after a refused upload: it stored nothing).</summary>
    public static async Task<long> EventCountAsync(HttpClient http, string workspace) =>
        (await SummaryAsync(http, workspace)).GetProperty("events").GetInt64();

    /// <summary>The problem an upload (events or feedback) was refused with, after checking its status and media type.</summary>
    public static async Task<JsonElement> RefusedAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return await ApiClient.ProblemAsync(response);
    }

    /// <summary>The detail of the problem an upload was refused with, after checking its status and media type.</summary>
    public static async Task<string?> RefusalDetailAsync(HttpResponseMessage response, HttpStatusCode status) =>
        (await RefusedAsync(response, status)).GetProperty("detail").GetString();

    /// <summary>Sends the file without a Content-Length (chunked), as a stream whose size is not known ahead.</summary>
    public static Task<HttpResponseMessage> UploadChunkedAsync(HttpClient http, string workspace, byte[] file, string query)
    {
        var content = new StreamContent(new UnknownLengthStream(file));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return http.PostAsync($"/api/workspaces/{workspace}/imports?{query}", content);
    }

    /// <summary>A UTF-8 file of a header line and <paramref name="count"/> copies of one row (rows end with a newline).</summary>
    public static byte[] RepeatedRows(string header, string row, int count) =>
        Encoding.UTF8.GetBytes(header + string.Concat(Enumerable.Repeat(row, count)));

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string url, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return http.PostAsync(url, content);
    }
}
