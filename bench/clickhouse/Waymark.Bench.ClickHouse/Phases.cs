using System.Diagnostics;
using System.Globalization;

namespace Waymark.Bench.ClickHouse;

/// <summary>How long each phase of the run took, with the load average when it ended, so a bigger run can be predicted.</summary>
internal sealed class Phases
{
    public List<(string Name, double Seconds, string Load)> Done { get; } = [];

    public async Task<T> TimeAsync<T>(string name, Func<Task<T>> phase)
    {
        Console.WriteLine($"== {name}");
        var watch = Stopwatch.StartNew();
        var result = await phase();
        Done.Add((name, watch.Elapsed.TotalSeconds, LoadAverage()));
        Console.WriteLine($"== {name}: {watch.Elapsed.TotalSeconds:F1} s (load average {LoadAverage()})");
        return result;
    }

    public T Time<T>(string name, Func<T> phase) => TimeAsync(name, () => Task.FromResult(phase())).GetAwaiter().GetResult();

    /// <summary>The 1, 5 and 15 minute load averages (/proc/loadavg).</summary>
    public static string LoadAverage() =>
        string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture).ToString("F1", CultureInfo.InvariantCulture)));
}
