using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Waymark.Bench.Explore;

/// <summary>Times one case through the API: a warm-up, then <c>runs</c> requests one after another.</summary>
internal static class Timing
{
    /// <summary>One case's times; <paramref name="CpuMs"/> is this process's processor time per request (server and
    /// client: the server runs in this process), the figure that stays comparable when other work shares the cores.</summary>
    public sealed record Result(string Name, double BestMs, double MedianMs, double P95Ms, double CpuMs, int Bytes, JsonElement Answer);

    public static async Task<Result> RunAsync(HttpClient http, ExploreCase c, int runs)
    {
        var (answer, bytes) = await SendAsync(http, c);
        var times = new List<double>(runs);
        var watch = new Stopwatch();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var gc = GcTally.Start();
        var jit = JitTally.Start();
        using var listener = JitListener.StartIfAsked();
        for (var i = 0; i < runs; i++)
        {
            watch.Restart();
            gc.Before();
            jit.Before();
            _ = await SendAsync(http, c);
            times.Add(watch.Elapsed.TotalMilliseconds);
            gc.After(times[^1]);
            jit.After(times[^1]);
            foreach (var method in listener?.Take() ?? [])
            {
                Console.WriteLine($"[jit] {c.Name} run {i + 1}: {method}");
            }
        }

        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
        times.Sort();
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        Console.WriteLine($"[explore] {c.Name}: best {times[0]:F1} ms, median {times[times.Count / 2]:F1} ms, p95 {p95:F1} ms, CPU {cpuMs:F0} ms a request, {bytes:N0} bytes");
        Console.WriteLine($"[explore] {c.Name}: {gc.Describe(runs)}");
        Console.WriteLine($"[explore] {c.Name}: {jit.Describe(runs)}");
        return new Result(c.Name, times[0], times[times.Count / 2], p95, cpuMs, bytes, answer);
    }

    /// <summary>The first request after start: it reads the store into the event log, which every view shares.</summary>
    public static async Task<double> FirstAsync(HttpClient http, ExploreCase c)
    {
        var watch = Stopwatch.StartNew();
        _ = await SendAsync(http, c);
        Console.WriteLine($"[explore] first request (reads the store into the log): {watch.Elapsed.TotalSeconds:F1} s");
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<(JsonElement Answer, int Bytes)> SendAsync(HttpClient http, ExploreCase c)
    {
        using var content = c.Body is null ? null : new StringContent(c.Body, Encoding.UTF8, "application/json");
        using var response = c.Body is null ? await http.GetAsync(new Uri(c.Path, UriKind.Relative)) : await http.PostAsync(new Uri(c.Path, UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? (JsonDocument.Parse(body).RootElement.Clone(), Encoding.UTF8.GetByteCount(body))
            : throw new InvalidOperationException($"{c.Name}: {(int)response.StatusCode} {body}");
    }
}
