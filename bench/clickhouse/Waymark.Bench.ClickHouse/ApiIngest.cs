using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Threading.Channels;
using Waymark.Bench.Evidence;

namespace Waymark.Bench.ClickHouse;

/// <summary>
/// Ingestion through Waymark's API: a real Waymark server (in this process, Events:Store=ClickHouse, its relational
/// database a temp SQLite file) takes the generated log as NDJSON bodies on POST /api/ingest/events from several
/// connections at once, as a client with a backlog would, while the generator makes the next bodies. Then the rows
/// ClickHouse holds are counted: every event once.
/// </summary>
internal static class ApiIngest
{
    public sealed record Result(long Events, double Seconds, string SourceId, long[] ClickHousePeakBytes, long HarnessPeakBytes)
    {
        public double EventsPerSecond => Events / Seconds;
    }

    public static async Task<Result> RunAsync(ClickHouseTarget target, GeneratedLog log, int connections)
    {
        var db = Path.Combine(Path.GetTempPath(), "waymark-bench-ch-" + Guid.NewGuid().ToString("N") + ".db");
        var sampler = new MemorySampler([.. target.Servers.Select(s => s.ProcessId ?? 0), Environment.ProcessId]);
        TimeSpan elapsed;
        try
        {
            var started = Stopwatch.StartNew();
            await using var server = await BenchServer.StartAsync("Sqlite", $"Data Source={db};Pooling=false", target.ServerSettings());
            var key = await server.CreateKeyAsync();
            Console.WriteLine($"[{target.Name}] Waymark server started, API key made in {started.Elapsed.TotalSeconds:F1} s");
            var warming = Stopwatch.StartNew();
            await server.WarmedUpAsync(); // the engine's warm-up keeps both cores busy for seconds after a start (ADR 072)
            Console.WriteLine($"[{target.Name}] waited {warming.Elapsed.TotalSeconds:F1} s for the engine's warm-up before timing ingestion");
            var bodies = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(2 * connections) { SingleWriter = true });
            var watch = Stopwatch.StartNew();
            var producer = log.ProduceAsync(bodies.Writer);
            await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => SendAsync(server.Address, key, bodies.Reader)));
            await producer;
            elapsed = watch.Elapsed;
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(db + suffix);
            }
        }

        var peaks = await sampler.StopAsync();
        var stored = await ClickHouseQuery.TextAsync(target.Url, "SELECT count(), uniqExact(source_id), any(source_id) FROM events");
        var f = stored.Split('\t');
        if (long.Parse(f[0], CultureInfo.InvariantCulture) != log.Events || f[1] != "1")
        {
            throw new InvalidOperationException($"{target.Name}: ClickHouse holds {f[0]} events in {f[1]} sources, expected {log.Events} in one");
        }

        Console.WriteLine($"[{target.Name}] ingested {log.Events:N0} events through the API in {elapsed.TotalSeconds:F1} s: {log.Events / elapsed.TotalSeconds:N0} events/s");
        return new Result(log.Events, elapsed.TotalSeconds, f[2], peaks[..^1], peaks[^1]);
    }

    private static async Task SendAsync(Uri server, string key, ChannelReader<byte[]> bodies)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(10) };
        await foreach (var body in bodies.ReadAllAsync())
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/events") { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"ingest: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }
}
