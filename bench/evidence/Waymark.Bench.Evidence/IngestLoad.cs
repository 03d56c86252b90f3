using System.Diagnostics;
using System.Net.Http.Headers;

namespace Waymark.Bench.Evidence;

/// <summary>The load generator: sends NDJSON batches to POST /api/ingest/events from several connections at once.</summary>
internal static class IngestLoad
{
    public static async Task<TimeSpan> SendAsync(Uri server, string key, IReadOnlyList<byte[]> batches, int connections)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(5) };
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < batches.Count)
            {
                using var content = new ByteArrayContent(batches[i]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/events") { Content = content };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
                using var response = await http.SendAsync(request);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException(
                        $"batch {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }));
        return watch.Elapsed;
    }
}
