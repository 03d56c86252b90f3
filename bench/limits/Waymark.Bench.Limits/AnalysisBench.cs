using System.Diagnostics;
using System.Globalization;

namespace Waymark.Bench.Limits;

/// <summary>
/// Heavy analyses of the 2,000-step map (overlay, paths, insights, step feedback) one at a time and four at once,
/// while a cheap request (GET /api/workspaces) is timed every 20 ms: the heavy requests' time and answers, the cheap
/// request's latency over all runs, and the server's peak resident memory over what it held before.
/// </summary>
internal static class AnalysisBench
{
    /// <summary>Each heavy scenario runs this many times in a row; its time is the median run's.</summary>
    private const int Repeats = 3;

    public sealed record Row(string Scenario, string Statuses, double SlowestSeconds, double CheapMedianMs, double CheapMaxMs, int CheapCount, double GrowthMb, double PeakMb);

    public static async Task<List<Row>> RunAsync(ServerChild server, string workspace, string mapId)
    {
        var map = $"/api/workspaces/{workspace}/maps/{mapId}";
        var rows = new List<Row>();
        using (var warm = await server.Http.GetAsync($"/api/workspaces/{workspace}/events/summary"))
        {
            warm.EnsureSuccessStatusCode(); // loads the workspace's log into the cache before anything is timed
        }

        foreach (var kind in new[] { "overlay", "paths", "insights", "feedback" })
        {
            using var warm = await server.Http.GetAsync($"{map}/{kind}"); // compiles the code paths once, untimed
        }

        rows.Add(await MeasureAsync(server, "idle (cheap request alone)", []));
        foreach (var kind in new[] { "overlay", "paths", "insights", "feedback" })
        {
            rows.Add(await MeasureAsync(server, $"1 x {kind}", [$"{map}/{kind}"]));
        }

        rows.Add(await MeasureAsync(server, "4 x overlay at once", [.. Enumerable.Repeat($"{map}/overlay", 4)]));
        rows.Add(await MeasureAsync(server, "4 x paths at once", [.. Enumerable.Repeat($"{map}/paths", 4)]));
        rows.Add(await MeasureAsync(server, "overlay + paths + insights + feedback at once",
            [$"{map}/overlay", $"{map}/paths", $"{map}/insights", $"{map}/feedback"]));
        return rows;
    }

    public static string Markdown(IReadOnlyList<Row> rows) => string.Join('\n',
    [
        "| scenario | answers | all heavy requests answered (median of 3 runs) | cheap request median | cheap request max | cheap requests | peak resident growth | peak resident |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
        .. rows.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"| {r.Scenario} | {r.Statuses} | {r.SlowestSeconds:F2} s | {r.CheapMedianMs:F1} ms | {r.CheapMaxMs:F1} ms | {r.CheapCount} | {r.GrowthMb:F0} MB | {r.PeakMb:F0} MB |")),
    ]);

    private static async Task<Row> MeasureAsync(ServerChild server, string scenario, string[] heavy)
    {
        Console.WriteLine($"[analysis] {scenario}");
        using var watch = new MemoryWatch(server);
        using var stop = new CancellationTokenSource();
        var cheap = CheapLoopAsync(server.Http, stop.Token);
        var times = new List<double>();
        var answers = Array.Empty<int>();
        for (var run = 0; run < (heavy.Length == 0 ? 0 : Repeats); run++)
        {
            var clock = Stopwatch.StartNew();
            answers = await Task.WhenAll(heavy.Select(async url =>
            {
                using var response = await server.Http.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                return (int)response.StatusCode;
            }));
            times.Add(clock.Elapsed.TotalSeconds);
        }

        if (heavy.Length == 0)
        {
            await Task.Delay(2000);
        }

        times.Sort();
        var slowest = times.Count == 0 ? 0 : times[times.Count / 2];
        await stop.CancelAsync();
        var latencies = await cheap;
        latencies.Sort();
        var statuses = heavy.Length == 0 ? "-" : string.Join(" ", answers.Select(a => a.ToString(CultureInfo.InvariantCulture)));
        var row = new Row(scenario, statuses, slowest, latencies[latencies.Count / 2], latencies[^1],
            latencies.Count, watch.GrowthMb, watch.Peak / 1048576.0);
        Console.WriteLine(Markdown([row]).Split('\n')[2]);
        return row;
    }

    /// <summary>GET /api/workspaces every 20 ms until stopped; the latencies in ms (the last one runs to its end).</summary>
    private static async Task<List<double>> CheapLoopAsync(HttpClient http, CancellationToken stop)
    {
        var latencies = new List<double>();
        while (!stop.IsCancellationRequested || latencies.Count == 0)
        {
            var clock = Stopwatch.StartNew();
            using (var response = await http.GetAsync("/api/workspaces", CancellationToken.None))
            {
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                response.EnsureSuccessStatusCode();
            }

            latencies.Add(clock.Elapsed.TotalMilliseconds);
            try
            {
                await Task.Delay(20, stop);
            }
            catch (OperationCanceledException)
            {
            }
        }

        return latencies;
    }
}
