using System.Net.Http.Headers;
using System.Text;

namespace Waymark.Bench.ClickHouse;

/// <summary>The harness's own reads of a ClickHouse (counts, the peer's export) over the HTTP interface, query in the body.</summary>
internal static class ClickHouseQuery
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromHours(2) };

    /// <summary>The answer as text (TabSeparated unless the query names a format).</summary>
    public static async Task<string> TextAsync(Uri server, string sql)
    {
        using var response = await SendAsync(server, sql);
        return (await response.Content.ReadAsStringAsync()).TrimEnd('\n');
    }

    /// <summary>Streams the answer into a file.</summary>
    public static async Task ToFileAsync(Uri server, string sql, string path)
    {
        using var response = await SendAsync(server, sql);
        await using var file = File.Create(path);
        await response.Content.CopyToAsync(file);
    }

    private static async Task<HttpResponseMessage> SendAsync(Uri server, string sql)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, $"?database={ClickHouseTarget.Database}"))
        {
            Content = new StringContent(sql, Encoding.UTF8, new MediaTypeHeaderValue("text/plain")),
        };
        var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.Dispose();
            throw new InvalidOperationException($"ClickHouse {(int)response.StatusCode}: {body}");
        }

        return response;
    }
}
