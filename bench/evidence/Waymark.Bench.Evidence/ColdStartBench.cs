using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Waymark.Bench.Evidence;

/// <summary>
/// Restart to first overlay on the overlay benchmark's database (docs/adr/059-event-log-snapshots.md): a server that
/// goes on from the log's snapshot and catches up the rows stored while it was stopped, against one that reads the
/// whole store (snapshots off), back to back in this process on the same file. Wall time and this process's CPU time
/// (server and client share it) from the start of the server to the overlay's answer.
/// </summary>
internal static class ColdStartBench
{
    public sealed record Restart(double StartMs, double TotalMs, double CpuMs);

    public sealed record Result(Restart WithSnapshot, Restart WithoutSnapshot, long SnapshotBytes, int CaughtUp, bool Equal, double ReadMs, double ReadCpuMs);

    /// <summary>
    /// Stores <paramref name="later"/> while no server runs (the snapshot was written by the earlier server), then
    /// restarts with the snapshot and without it.
    /// </summary>
    public static async Task<Result> RunAsync(string connection, string snapshot, string url, List<BenchEvents.Row> later)
    {
        DirectLoad.Sqlite(connection, "demo", later, 50_000);
        Console.WriteLine($"[cold start] {later.Count:N0} events stored after the snapshot ({new FileInfo(snapshot).Length / 1e6:F0} MB)");
        var bytes = new FileInfo(snapshot).Length;
        var (readMs, readCpuMs) = ReadSnapshot(snapshot);
        Console.WriteLine($"[cold start] the snapshot alone read into a log: {readMs:F0} ms, CPU {readCpuMs:F0} ms");
        var (with, withFunnel) = await RestartAsync(connection, url, "--Events:SnapshotMinRows=100000000");
        Console.WriteLine($"[cold start] with the snapshot: started {with.StartMs:F0} ms, first overlay at {with.TotalMs:F0} ms, CPU {with.CpuMs:F0} ms");
        var (without, withoutFunnel) = await RestartAsync(connection, url, "--Events:Snapshots=false");
        Console.WriteLine($"[cold start] without: started {without.StartMs:F0} ms, first overlay at {without.TotalMs:F0} ms, CPU {without.CpuMs:F0} ms");
        return new Result(with, without, bytes, later.Count, withFunnel.SequenceEqual(withoutFunnel), readMs, readCpuMs);
    }

    /// <summary>The load alone, as the server does it (file to log, checksum checked), best of three.</summary>
    private static (double Ms, double CpuMs) ReadSnapshot(string snapshot)
    {
        var best = (Ms: double.MaxValue, CpuMs: double.MaxValue);
        for (var i = 0; i < 3; i++)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            using (var file = new FileStream(snapshot, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
            {
                _ = Waymark.Analytics.Events.EventLogSnapshot.ReadFrom(file, out _).Restore();
            }

            var ms = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            best = ms < best.Ms ? (ms, (process.TotalProcessorTime - cpu).TotalMilliseconds) : best;
        }

        return best;
    }

    /// <summary>Waits for the snapshot the running server writes after its first overlay.</summary>
    public static async Task<double> WaitForSnapshotAsync(string snapshot, Stopwatch since)
    {
        while (!File.Exists(snapshot))
        {
            if (since.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new InvalidOperationException("no snapshot was written within 10 minutes");
            }

            await Task.Delay(50);
        }

        return since.Elapsed.TotalMilliseconds;
    }

    private static async Task<(Restart Restart, long[] Funnel)> RestartAsync(string connection, string url, params string[] settings)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await using var server = await BenchServer.StartAsync("Sqlite", connection, settings);
        var started = watch.Elapsed.TotalMilliseconds;
        using var response = await server.Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var total = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {body}");
        }

        var funnel = JsonDocument.Parse(body).RootElement.GetProperty("series")[0].GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("inFunnel").GetBoolean())
            .Select(s => s.GetProperty("customers").GetInt64()).ToArray();
        return (new Restart(started, total, cpuMs), funnel);
    }

    public static string Markdown(Result r, int events, double writeMs) => string.Create(CultureInfo.InvariantCulture, $"""
        ## Cold start

        Restart to first overlay on the same {events:N0}-event SQLite file, back to back in one process: with the log's
        snapshot (docs/adr/059-event-log-snapshots.md; {r.SnapshotBytes / 1e6:F0} MB, written {writeMs / 1000:F1} s after
        the first overlay by the server before; {r.CaughtUp:N0} events stored after it, read on restart) and without
        it (the whole store read into the log). CPU is this process's (server and load generator), so it stays
        comparable when the machine is shared; wall time is not.

        | restart | server started | first overlay answered | CPU |
        |---|---:|---:|---:|
        | with the snapshot (+{r.CaughtUp:N0} events caught up) | {r.WithSnapshot.StartMs / 1000:F2} s | {r.WithSnapshot.TotalMs / 1000:F2} s | {r.WithSnapshot.CpuMs / 1000:F2} s |
        | without it (reads {events + r.CaughtUp:N0} rows) | {r.WithoutSnapshot.StartMs / 1000:F2} s | {r.WithoutSnapshot.TotalMs / 1000:F2} s | {r.WithoutSnapshot.CpuMs / 1000:F2} s |

        The snapshot alone, file to log with its checksum checked (`EventLogSnapshot.ReadFrom`, best of 3):
        {r.ReadMs:F0} ms, {r.ReadCpuMs:F0} ms of CPU. Step funnel with the snapshot {(r.Equal ? "equal to" : "DIFFERENT from")} the one read
        from the whole store.
        """);
}
