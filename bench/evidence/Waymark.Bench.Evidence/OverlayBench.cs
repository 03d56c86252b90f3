using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Waymark.Bench.Evidence;

/// <summary>
/// The overlay through the API on a big workspace (two generated journeys for each of the customers, loaded into
/// SQLite directly), against DuckDB computing the same step funnel on the same events; and the time from an
/// ingested event to the overlay counting it.
/// </summary>
internal static class OverlayBench
{
    public sealed record Result(
        int Customers, int Events, double LoadSeconds, double FirstOverlayMs, double OverlayMs, double OverlayMedianMs,
        double DuckDbMs, bool Equal, string Funnel, double[] VisibleMs, double AppendRefreshMs, double SnapshotWriteMs,
        ColdStartBench.Result ColdStart);

    public static async Task<Result> RunAsync(int customers)
    {
        Console.WriteLine($"[overlay] generating two journeys for each of {customers:N0} customers");
        var rows = BenchEvents.Generate(customers, seed: 21, idPrefix: "a").Rows;
        rows.AddRange(BenchEvents.Generate(customers, seed: 22, idPrefix: "b").Rows.Select(r => r with { Ticks = r.Ticks + TimeSpan.FromDays(200).Ticks }));
        var file = Path.Combine(Path.GetTempPath(), "waymark-bench-overlay-" + Guid.NewGuid().ToString("N") + ".db");
        var connection = $"Data Source={file};Pooling=false";
        var snapshot = Path.Combine(file + "-snapshots", Waymark.Server.Caches.SnapshotFolder.FileName(new("demo", "src_demo")));
        try
        {
            await (await BenchServer.StartAsync("Sqlite", connection)).DisposeAsync(); // migrates
            var load = DirectLoad.Sqlite(connection, "demo", rows, 50_000);
            Console.WriteLine($"[overlay] {rows.Count:N0} events stored in {load.TotalSeconds:F1} s");

            string url;
            double first, snapshotWrite, appendRefresh;
            List<double> times = [];
            double[] visible;
            long[] funnel;
            await using (var server = await BenchServer.StartAsync("Sqlite", connection, "--Events:SnapshotDelaySeconds=0"))
            {
                var mapId = await ImportMapAsync(server.Http);
                url = $"/api/workspaces/demo/maps/{mapId}/overlay";
                var watch = Stopwatch.StartNew();
                var overlay = await GetAsync(server.Http, url);
                first = watch.Elapsed.TotalMilliseconds;
                Console.WriteLine($"[overlay] first overlay (reads the store into the log): {first:F0} ms");

                // The snapshot is written in the background after that first read; it is waited for so that it does not
                // share the cores with the warm overlays measured next.
                snapshotWrite = await ColdStartBench.WaitForSnapshotAsync(snapshot, watch) - first;
                Console.WriteLine($"[overlay] snapshot written {snapshotWrite:F0} ms after the first overlay");
                for (var i = 0; i < 15; i++)
                {
                    watch.Restart();
                    overlay = await GetAsync(server.Http, url);
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                funnel = StepCustomers(overlay);
                Console.WriteLine($"[overlay] warm: best {times[0]:F1} ms, median {times[times.Count / 2]:F1} ms; funnel {string.Join(" / ", funnel)}");
                (visible, appendRefresh) = await VisibilityAsync(server, url);
            }

            var later = BenchEvents.Generate(1_000, seed: 23, idPrefix: "c").Rows;
            var coldStart = await ColdStartBench.RunAsync(connection, snapshot, url, later);
            var (duckMs, duckFunnel) = DuckDb(rows);
            Console.WriteLine($"[overlay] DuckDB funnel {duckMs:F0} ms: {string.Join(" / ", duckFunnel)}");
            return new Result(customers, rows.Count, load.TotalSeconds, first, times[0], times[times.Count / 2], duckMs,
                funnel.SequenceEqual(duckFunnel), string.Join(" / ", funnel.Select(f => f.ToString("N0", CultureInfo.InvariantCulture))),
                visible, appendRefresh, snapshotWrite, coldStart);
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }

            if (Directory.Exists(file + "-snapshots"))
            {
                Directory.Delete(file + "-snapshots", recursive: true);
            }
        }
    }

    /// <summary>
    /// Sends one event for a new customer on the first step and polls the overlay until the entrants count it:
    /// from the ingestion's 2xx to the overlay showing it. Five times.
    /// </summary>
    private static async Task<(double[] Visible, double AppendRefresh)> VisibilityAsync(BenchServer server, string url)
    {
        var key = await server.CreateKeyAsync();
        var entrants = (await GetAsync(server.Http, url)).GetProperty("series")[0].GetProperty("entrants").GetInt64();
        var visible = new List<double>();
        var refresh = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var line = $$"""{"customerId":"visibility-{{i}}","timestamp":"{{DateTime.UtcNow:O}}","activity":"Saw ad"}""" + "\n";
            var batch = new List<byte[]> { Encoding.UTF8.GetBytes(line) };
            await IngestLoad.SendAsync(server.Address, key, batch, 1);
            var watch = Stopwatch.StartNew();
            while (true)
            {
                var poll = Stopwatch.StartNew();
                var now = (await GetAsync(server.Http, url)).GetProperty("series")[0].GetProperty("entrants").GetInt64();
                if (now > entrants)
                {
                    refresh = Math.Min(refresh, poll.Elapsed.TotalMilliseconds);
                    entrants = now;
                    break;
                }

                if (watch.Elapsed > TimeSpan.FromSeconds(30))
                {
                    throw new InvalidOperationException("the ingested event never showed in the overlay");
                }
            }

            visible.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"[overlay] visible after {string.Join(", ", visible.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))} ms");
        return ([.. visible], refresh);
    }

    private static async Task<string> ImportMapAsync(HttpClient http)
    {
        using var content = new StringContent(BenchMap.Json(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/workspaces/demo/maps/import", content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException("map import failed: " + body);
        }

        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;

        // An imported map reads no event source until one is picked (ADR 042): bind it to the one the events are in.
        using var bind = new StringContent("""{"sourceId":"src_demo"}""", Encoding.UTF8, "application/json");
        using var bound = await http.PutAsync(new Uri($"/api/workspaces/demo/maps/{id}/source", UriKind.Relative), bind);
        return bound.IsSuccessStatusCode ? id : throw new InvalidOperationException("binding the map's source failed: " + await bound.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> GetAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.Clone()
            : throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {body}");
    }

    private static long[] StepCustomers(JsonElement overlay) =>
        [.. overlay.GetProperty("series")[0].GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("inFunnel").GetBoolean())
            .Select(s => s.GetProperty("customers").GetInt64())];

    /// <summary>DuckDB's ordered best-attempt funnel over the same events (bench/peers/duckdb/overlay.mjs).</summary>
    private static (double Ms, long[] Steps) DuckDb(List<BenchEvents.Row> rows)
    {
        var csv = Path.Combine(Path.GetTempPath(), "waymark-bench-overlay-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            using (var writer = new StreamWriter(csv))
            {
                writer.WriteLine("customer_id,timestamp,activity");
                foreach (var r in rows)
                {
                    writer.Write(r.Customer);
                    writer.Write(',');
                    writer.Write(new DateTime(r.Ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.WriteLine(r.Activity);
                }
            }

            var spec = csv + ".json";
            File.WriteAllText(spec, JsonSerializer.Serialize(new { csv, steps = BenchMap.Steps, repeat = 3 }));
            var info = new ProcessStartInfo("node", ["overlay.mjs", spec])
            {
                WorkingDirectory = Path.Combine(Testing.RepoPaths.Root, "bench", "peers", "duckdb"),
                RedirectStandardOutput = true,
            };
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            File.Delete(spec);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("DuckDB run failed: exit " + process.ExitCode);
            }

            var root = JsonDocument.Parse(output).RootElement;
            var row = root.GetProperty("rows")[0].EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String
                ? long.Parse(v.GetString()!, CultureInfo.InvariantCulture) : v.GetInt64()).ToArray();
            return (root.GetProperty("ms").GetDouble(), row);
        }
        finally
        {
            File.Delete(csv);
        }
    }
}
