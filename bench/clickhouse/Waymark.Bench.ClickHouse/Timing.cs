using System.Diagnostics;

namespace Waymark.Bench.ClickHouse;

/// <summary>An analysis run once to warm up, then <c>repeats</c> times: the best and median wall time and the last result.</summary>
internal sealed record Timing(double BestMs, double MedianMs, object Result)
{
    public static async Task<Timing> RunAsync(Func<Task<object>> analysis, int repeats)
    {
        var result = await analysis();
        var times = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            result = await analysis();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return new Timing(times[0], times[times.Count / 2], result);
    }
}
