using System.Diagnostics;
using System.Globalization;

namespace Waymark.Bench.ClickHouse;

/// <summary>How long each phase of the run took, with the load average when it ended, so a bigger run can be predicted.</summary>
internal sealed class Phases
{
    /// <summary>Each phase: its name, wall seconds, whether it grows with the log (else a fixed cost) and the load after it.</summary>
    public List<(string Name, double Seconds, bool Scales, string Load)> Done { get; } = [];

    /// <param name="scales">Whether the phase's time grows with the number of events (a server's start does not).</param>
    public async Task<T> TimeAsync<T>(string name, Func<Task<T>> phase, bool scales = true)
    {
        Console.WriteLine($"== {name}");
        var watch = Stopwatch.StartNew();
        var result = await phase();
        Done.Add((name, watch.Elapsed.TotalSeconds, scales, LoadAverage()));
        Console.WriteLine($"== {name}: {watch.Elapsed.TotalSeconds:F1} s (load average {LoadAverage()})");
        return result;
    }

    public T Time<T>(string name, Func<T> phase, bool scales = true) =>
        TimeAsync(name, () => Task.FromResult(phase()), scales).GetAwaiter().GetResult();

    /// <summary>The 1, 5 and 15 minute load averages (/proc/loadavg).</summary>
    public static string LoadAverage() =>
        string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture).ToString("F1", CultureInfo.InvariantCulture)));
}
