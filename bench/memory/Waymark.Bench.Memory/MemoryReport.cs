using System.Globalization;
using System.Text;

namespace Waymark.Bench.Memory;

/// <summary>The measurements as a table, and the straight lines a + b x events through them (least squares).</summary>
internal static class MemoryReport
{
    public sealed record Run(ReadChild.Measured M, string Load);

    /// <summary>The 1, 5 and 15 minute load averages (/proc/loadavg).</summary>
    public static string LoadAverage() => string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    public static string Line(Run r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.M.Events:N0} events: read {r.M.ReadSeconds:F1} s, given back in {r.M.ReleaseMs:F0} ms; heap +{PerEvent(r.M.HeapAfter - r.M.HeapBefore, r.M):F1} B/event; " +
        $"resident {Mb(r.M.ResidentAfter)} after a full collection ({Mb(r.M.ResidentAfterRead)} after the read), peak {Mb(r.M.PeakResident)} (load {r.Load})");

    public static string Markdown(IReadOnlyList<Run> runs, string arguments)
    {
        var m = runs[0].M;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# The engine's memory per event ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"`bench/memory/run.sh {arguments}`; GC: {(m.ServerGc ? "server" : "workstation")}, {m.LatencyMode}; " +
            $"{Environment.ProcessorCount} cores; GC settings from the environment: {GcEnvironment()}.");
        text.AppendLine();
        text.AppendLine("| events | customers | read s | given back ms | heap after MB | heap growth B/event | resident after read MB | resident after full GC MB | peak resident MB | GC committed MB | GC fragmented MB | load average |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (r, load) in runs)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Events:N0} | {r.Customers:N0} | {r.ReadSeconds:F1} | {r.ReleaseMs:F0} | {Mb(r.HeapAfter)} | {PerEvent(r.HeapAfter - r.HeapBefore, r):F1} | {Mb(r.ResidentAfterRead)} | " +
                $"{Mb(r.ResidentAfter)} | {Mb(r.PeakResident)} | {Mb(r.CommittedAfter)} | {Mb(r.FragmentedAfter)} | {load} |");
        }

        text.AppendLine();
        text.AppendLine("Fitted over the sizes (least squares), resident = a + b x events:");
        text.AppendLine();
        text.AppendLine("| figure | a (MB) | b (B/event) |");
        text.AppendLine("|---|---:|---:|");
        Fit(text, "resident after a full collection (VmRSS)", runs, r => r.ResidentAfter);
        Fit(text, "resident right after the read (VmRSS)", runs, r => r.ResidentAfterRead);
        Fit(text, "peak resident (VmHWM)", runs, r => r.PeakResident);
        Fit(text, "managed heap after a full collection", runs, r => r.HeapAfter);
        Fit(text, "GC committed after a full collection", runs, r => r.CommittedAfter);
        return text.ToString();
    }

    /// <summary>Least squares line through (events, bytes): intercept a in MB, slope b in bytes per event.</summary>
    internal static (double A, double B) Line(IReadOnlyList<(double X, double Y)> points)
    {
        var n = points.Count;
        var mx = points.Average(p => p.X);
        var my = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - mx) * (p.X - mx));
        var b = points.Sum(p => (p.X - mx) * (p.Y - my)) / sxx;
        return (my - (b * mx), b);
    }

    private static void Fit(StringBuilder text, string name, IReadOnlyList<Run> runs, Func<ReadChild.Measured, long> bytes)
    {
        var (a, b) = Line([.. runs.Select(r => ((double)r.M.Events, (double)bytes(r.M)))]);
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {a / 1e6:F0} | {b:F1} |");
    }

    private static string GcEnvironment()
    {
        var set = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("DOTNET_gc", StringComparison.OrdinalIgnoreCase) || k.StartsWith("DOTNET_GC", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(k => k + "=" + Environment.GetEnvironmentVariable(k)).ToList();
        return set.Count == 0 ? "none" : string.Join(", ", set);
    }

    private static double PerEvent(long bytes, ReadChild.Measured m) => bytes / (double)m.Events;

    private static string Mb(long bytes) => (bytes / 1e6).ToString("N0", CultureInfo.InvariantCulture);
}
