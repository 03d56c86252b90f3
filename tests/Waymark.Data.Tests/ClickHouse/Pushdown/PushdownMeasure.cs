using System.Diagnostics;
using System.Globalization;
using Waymark.Testing.ClickHouse;
using Xunit.Abstractions;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// With WAYMARK_PUSHDOWN_MEASURE=1 only (not in CI: speed belongs to bench/). Indicative only (the machine is shared):
/// per analysis, the mean of 5 runs after a warm-up, wall and CPU of the engine in this process against wall and the
/// ClickHouse server's CPU for the pushed-down queries.
/// </summary>
internal sealed class PushdownMeasure(ClickHouseServer server, ITestOutputHelper output)
{
    private const int Runs = 5;

    public static bool On => Environment.GetEnvironmentVariable("WAYMARK_PUSHDOWN_MEASURE") == "1";

    public async Task RunAsync(PushdownLogs logs, string name, Func<Task> engine, Func<Task> pushdown)
    {
        await engine();
        await pushdown();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++)
        {
            await engine();
        }

        var (engineWall, engineCpu) = (wall.Elapsed / Runs, (Process.GetCurrentProcess().TotalProcessorTime - cpu) / Runs);
        var serverCpu = await ServerCpuAsync(logs);
        wall.Restart();
        for (var i = 0; i < Runs; i++)
        {
            await pushdown();
        }

        var pushdownWall = wall.Elapsed / Runs;
        var pushdownCpu = (await ServerCpuAsync(logs) - serverCpu) / Runs;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}, {logs.Log.EventCount:N0} events / {logs.Log.CustomerCount:N0} customers, mean of {Runs}: engine {engineWall.TotalMilliseconds:F1} ms wall, {engineCpu.TotalMilliseconds:F1} ms CPU; pushdown {pushdownWall.TotalMilliseconds:F1} ms wall, ClickHouse {pushdownCpu.TotalMilliseconds:F1} ms CPU"));
    }

    /// <summary>The ClickHouse server's user and system CPU so far (its own counters; 18.16 has them in system.events).</summary>
    private async Task<TimeSpan> ServerCpuAsync(PushdownLogs logs)
    {
        var text = await ClickHouseStores.QueryAsync(server, logs.Options.Database,
            "SELECT sum(value) FROM system.events WHERE event IN ('UserTimeMicroseconds', 'SystemTimeMicroseconds')");
        return TimeSpan.FromMicroseconds(long.Parse(text, CultureInfo.InvariantCulture));
    }
}
