using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Waymark.Bench.Rules;

/// <summary>
/// The load generator: POSTs one "Visited" event per new customer to /api/ingest/events with the source's key, in
/// requests of <c>batch</c> events started on a fixed schedule (open loop: a slow answer does not delay the next
/// request, as on a live site). Each event's timestamp is the time its request is built; each customer's 2xx time is
/// kept, and <see cref="AfterAccepted"/> runs for every answered request (the peer's direct calls).
/// </summary>
internal sealed class IngestPacer(Uri server, string key)
{
    public ConcurrentDictionary<string, Accepted> Accepted { get; } = new(StringComparer.Ordinal);

    /// <summary>Request round trips in milliseconds.</summary>
    public ConcurrentBag<double> RoundTrips { get; } = [];

    public Func<IReadOnlyList<string>, Task>? AfterAccepted { get; set; }

    public int Failed => _failed;

    private int _failed;

    /// <summary>Sends <paramref name="customers"/> customers at <paramref name="perSecond"/>; returns when every request has been answered.</summary>
    public async Task<TimeSpan> RunAsync(string prefix, int customers, double perSecond, int batch)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = server, Timeout = TimeSpan.FromMinutes(2) };
        var requests = (customers + batch - 1) / batch;
        var gap = batch / perSecond;
        var running = new List<Task>(requests);
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < requests; r++)
        {
            var due = TimeSpan.FromSeconds(r * gap);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var ids = Enumerable.Range(r * batch, Math.Min(batch, customers - (r * batch)))
                .Select(i => string.Create(CultureInfo.InvariantCulture, $"{prefix}{i:D7}")).ToArray();
            running.Add(SendAsync(http, ids));
        }

        var sent = clock.Elapsed;
        await Task.WhenAll(running);
        return sent;
    }

    private async Task SendAsync(HttpClient http, string[] customers)
    {
        var now = DateTime.UtcNow;
        var stamp = now.ToString("o", CultureInfo.InvariantCulture);
        var body = new StringBuilder("[");
        foreach (var c in customers)
        {
            body.Append(body.Length > 1 ? "," : "").Append(CultureInfo.InvariantCulture,
                $"{{\"customerId\":\"{c}\",\"activity\":\"{BenchWorkspace.Visited}\",\"timestamp\":\"{stamp}\"}}");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/ingest/events", UriKind.Relative))
        {
            Content = new StringContent(body.Append(']').ToString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            var at = Stopwatch.GetTimestamp();
            var utc = DateTime.UtcNow;
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _failed);
                Console.Error.WriteLine($"ingest: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                return;
            }

            RoundTrips.Add(Stopwatch.GetElapsedTime(started, at).TotalMilliseconds);
            foreach (var c in customers)
            {
                Accepted[c] = new Accepted(at, utc, now);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref _failed);
            Console.Error.WriteLine($"ingest: {e.Message}");
            return;
        }

        if (AfterAccepted is { } after)
        {
            await after(customers);
        }
    }
}

/// <summary>When a customer's event was answered 2xx (Stopwatch ticks and UTC), and the timestamp it carried.</summary>
internal sealed record Accepted(long At, DateTime Utc, DateTime EventTime);
