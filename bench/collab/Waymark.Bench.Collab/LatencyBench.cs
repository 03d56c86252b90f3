using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Waymark.Testing.Collab;

namespace Waymark.Bench.Collab;

/// <summary>
/// Editors on one map, each making an edit every 100-400 ms (steady) or back to back (burst): the time from one
/// editor's Send to each other editor receiving the Applied record, on one server and on two (PostgreSQL + Redis).
/// </summary>
internal static class LatencyBench
{
    /// <summary>
    /// Edits each editor makes on a fresh server before the measured rows. A server's first edits run code not yet
    /// compiled and fill its caches and pools: on an idle machine the first 15 or so edits after start took 130-270 ms
    /// to reach the others, every one of the 19 deliveries, which alone is 5 % of a steady row (its whole p95). The
    /// warm-up row still reports them, so the cold start stays visible.
    /// </summary>
    private const int WarmUpEdits = 3;

    public static async Task<int> RunAsync(int editors, int opsEach, string? resultsPath)
    {
        var rows = new List<string>();
        foreach (var two in new[] { false, true })
        {
            await using var servers = two ? await CollabServers.TwoAsync() : await CollabServers.OneAsync();
            var kind = two ? "two servers (PostgreSQL, Redis)" : "one server (SQLite)";
            var warm = await MeasureAsync(servers, editors, WarmUpEdits, burst: false);
            Console.WriteLine($"{kind}, warm-up: {warm}");
            rows.Add($"| {kind}, warm-up (not measured below) | {warm} |");
            foreach (var burst in new[] { false, true })
            {
                var name = $"{kind}, {(burst ? "burst" : "steady")}";
                var row = await MeasureAsync(servers, editors, opsEach, burst);
                Console.WriteLine($"{name}: {row}");
                rows.Add($"| {name} | {row} |");
            }
        }

        if (resultsPath is not null)
        {
            await File.WriteAllTextAsync(resultsPath, Results(editors, opsEach, rows));
        }

        return 0;
    }

    private static async Task<string> MeasureAsync(CollabServers servers, int editors, int opsEach, bool burst)
    {
        var mapId = await ConvergenceRun.CreateMapAsync(servers.Servers[0].Address);
        var sent = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var seen = new ConcurrentBag<double>();
        var acks = new ConcurrentBag<double>();
        var options = new SimClientOptions { Edits = int.MaxValue, Track = false };
        var clients = Enumerable.Range(0, editors).Select(i => new SimClient(servers.Servers[i % servers.Servers.Count].Address,
            ConvergenceRun.Workspace, mapId, 1000 + i, "e" + i.ToString(CultureInfo.InvariantCulture), options)).ToList();
        foreach (var client in clients)
        {
            var prefix = client.Name + "-";
            client.OnApplied = (id, _) =>
            {
                if (!id.StartsWith(prefix, StringComparison.Ordinal) && sent.TryGetValue(id, out var at))
                {
                    seen.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
                }
            };
            await client.JoinAsync();
        }

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(c => EditAsync(c, opsEach, burst, sent, acks)));
        var elapsed = clock.Elapsed;
        await Task.Delay(1000); // the last records on their way
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        var ms = seen.Order().ToArray();
        var ack = acks.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"{sent.Count} | {sent.Count / elapsed.TotalSeconds:F0} | {ms.Length} | {P(ms, 50):F1} | {P(ms, 95):F1} | {P(ms, 99):F1} | {P(ack, 50):F1} / {P(ack, 95):F1}");
    }

    private static async Task EditAsync(SimClient client, int ops, bool burst, ConcurrentDictionary<string, long> sent, ConcurrentBag<double> acks)
    {
        var random = new Random(client.Name.GetHashCode(StringComparison.Ordinal));
        for (var i = 0; i < ops; i++)
        {
            if (!burst)
            {
                await Task.Delay(100 + random.Next(300));
            }

            var start = Stopwatch.GetTimestamp();
            foreach (var id in client.MakeEdits(1))
            {
                sent[id] = start;
            }

            await client.FlushAsync();
            acks.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    private static double P(double[] sorted, int percentile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];

    private static string Results(int editors, int opsEach, List<string> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| {editors} editors, {opsEach} edits each | edits | edits/s | deliveries | p50 ms | p95 ms | p99 ms | Send answered p50 / p95 ms |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine(row);
        }

        return text.ToString();
    }
}
