using System.Globalization;
using System.Text;

namespace Waymark.Bench.Explore;

/// <summary>The report: each view's time through the API beside DuckDB's for the same figures, and whether they agree.</summary>
internal static class ExploreReport
{
    public static string Markdown(int customers, int events, double firstMs, IReadOnlyList<ExploreCase> cases,
        IReadOnlyList<Timing.Result> results, IReadOnlyDictionary<string, DuckDbPeer.Answer> peer)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("# Explore benchmarks").AppendLine();
        text.AppendLine(c, $"Run by `bench/explore/run.sh` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}: {customers:N0} customers with two");
        text.AppendLine(c, $"generated journeys each, {events:N0} events in a real server's SQLite, every request over loopback HTTP (warm:");
        text.AppendLine("one request first, then the runs one after another). DuckDB runs in memory with the table already loaded, through");
        text.AppendLine("its official Node package (bench/peers/duckdb/explore.mjs), best of 3; its time has no HTTP or JSON. CPU is the");
        text.AppendLine(c, $"harness process's processor time per request (server and client), comparable under load; load average at the end: {LoadAverage()}.").AppendLine();
        text.AppendLine("| view (request) | Waymark best | median | p95 | CPU | DuckDB | ratio (DuckDB / Waymark median) | same figures |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
        for (var i = 0; i < cases.Count; i++)
        {
            var (k, r) = (cases[i], results[i]);
            var duck = k.Peer is not null && peer.TryGetValue(k.Peer, out var a) ? a : null;
            var agree = duck is null ? "no peer" : ExploreCases.Agree(k, r.Answer, duck.Rows);
            text.AppendLine(c, $"| {k.Name} | {r.BestMs:F0} ms | {r.MedianMs:F0} ms | {r.P95Ms:F0} ms | {r.CpuMs:F0} ms | " +
                $"{(duck is null ? "" : duck.Ms.ToString("F0", c) + " ms")} | {(duck is null ? "" : (duck.Ms / r.MedianMs).ToString("F1", c) + "x")} | {agree} |");
        }

        text.AppendLine().AppendLine(c, $"The first request after the server starts reads the store into the event log every view shares: {firstMs / 1000:F1} s.");
        text.AppendLine().AppendLine("What DuckDB computes for each: " + string.Join("; ", cases.Where(k => k.Peer is not null).Select(k => $"{k.Name}: {k.PeerSays}")) + ".");
        return text.ToString();
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), or "unknown".</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
