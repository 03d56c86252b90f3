using System.Diagnostics;
using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Testing;
using Waymark.Testing.ClickHouse;
using Xunit.Abstractions;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// Pushed-down statistics, flow graph and funnels equal the engine's on a generated log (10,000 customers by default, with
/// loops, repeats and drop-offs) and on BPIC2012 (with its published funnel).
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHousePushdownLogTests(ClickHouseFixture clickHouse, PushdownData data, ITestOutputHelper output)
{
    [StoreFact]
    public async Task Analyses_GeneratedLog_EqualTheEngine()
    {
        var logs = await data.GeneratedAsync(clickHouse.Server);
        var overlay = PushdownAssert.Funnel(null, ["Visited homepage"], ["Viewed product"], ["Started signup"], ["Signup completed"], ["Entered payment details"], ["Renewed subscription"]);
        var week = PushdownAssert.Funnel(TimeSpan.FromDays(7), ["Viewed product"], ["Compared plans", "Read reviews"], ["Started signup"], ["Signup completed"]);

        await PushdownAssert.SameStatsAsync(logs);
        var flow = await PushdownAssert.SameFlowAsync(logs);
        var funnel = await PushdownAssert.SameFunnelAsync(logs, overlay);
        await PushdownAssert.SameFunnelAsync(logs, week);
        await PushdownAssert.SameFunnelAsync(logs, week with { Mode = FunnelMode.Strict });
        await PushdownAssert.SameFunnelAsync(logs, week with { Mode = FunnelMode.AnyOrder });
        var period = new EventFilter { From = logs.Log.GetEvent(0).Timestamp!.Value.AddDays(10), To = logs.Log.GetEvent(0).Timestamp!.Value.AddDays(40) };
        await PushdownAssert.SameFunnelAsync(logs, week with { Filter = period });
        await PushdownAssert.SameStatsAsync(logs, new StatsOptions { Filter = period });
        await PushdownAssert.SameFunnelAsync(logs, overlay with { Filter = period with { Channels = ["search", "web"] } });

        Assert.True(flow.Edges.Count > 20 && funnel.Steps[1].Customers > 1_000, $"{flow.Edges.Count} edges, {funnel.Steps[1].Customers} at step 2");
        Assert.Contains(flow.Edges, e => e.From == e.To); // repeats
        if (Environment.GetEnvironmentVariable("WAYMARK_PUSHDOWN_MEASURE") == "1")
        {
            await MeasureAsync(logs, overlay);
        }
    }

    [StoreFact]
    public async Task Analyses_Bpic2012_EqualTheEngineAndThePublishedFunnel()
    {
        if (await data.BpicAsync(clickHouse.Server) is not { } logs)
        {
            output.WriteLine(SharedData.SkipReason + " (bpic2012.xes.gz)");
            return;
        }

        var steps = new[] { "A_SUBMITTED", "A_PREACCEPTED", "A_ACCEPTED", "A_FINALIZED", "O_SENT", "O_ACCEPTED" };

        await PushdownAssert.SameStatsAsync(logs);
        var flow = await PushdownAssert.SameFlowAsync(logs);
        var funnel = await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(TimeSpan.FromDays(30), [.. steps.Select(s => new[] { s })]));
        await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(TimeSpan.FromDays(30), ["A_SUBMITTED"], ["A_PARTLYSUBMITTED"], ["A_PREACCEPTED"]) with { Mode = FunnelMode.Strict });
        await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(TimeSpan.FromDays(30), ["O_SENT"], ["A_ACCEPTED"], ["A_FINALIZED"]) with { Mode = FunnelMode.AnyOrder });

        Assert.Equal(125, flow.Edges.Count);
        Assert.Equal([13087L, 7367, 5113, 5015, 5015, 2055], funnel.Steps.Select(s => s.Customers));
    }

    /// <summary>
    /// With WAYMARK_PUSHDOWN_MEASURE=1 only (not in CI: speed belongs to bench/). Indicative only (the machine is shared): per analysis, the mean of 5 runs after a warm-up, wall and CPU of the
    /// engine in this process against wall and the ClickHouse server's CPU for the pushed-down query.
    /// </summary>
    private async Task MeasureAsync(PushdownLogs logs, FunnelOptions overlay)
    {
        var engine = new InMemoryAnalyses(logs.Log);
        await MeasureAsync(logs, "stats", () => engine.StatsAsync(default), () => logs.Pushdown.StatsAsync(default));
        await MeasureAsync(logs, "flow", () => engine.FlowAsync(default), () => logs.Pushdown.FlowAsync(default));
        await MeasureAsync(logs, "overlay funnel (6 steps)", () => engine.FunnelAsync(overlay), () => logs.Pushdown.FunnelAsync(overlay));
        var map = new OverlayOptions { Stages = ClickHouseOverlayLogTests.GeneratedMap };
        await MeasureAsync(logs, "overlay (9-step map)", () => engine.OverlayAsync(map), () => logs.Pushdown.OverlayAsync(map));
    }

    private async Task MeasureAsync(PushdownLogs logs, string name, Func<Task> engine, Func<Task> pushdown)
    {
        const int Runs = 5;
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
        var text = await ClickHouseStores.QueryAsync(clickHouse.Server, logs.Options.Database,
            "SELECT sum(value) FROM system.events WHERE event IN ('UserTimeMicroseconds', 'SystemTimeMicroseconds')");
        return TimeSpan.FromMicroseconds(long.Parse(text, CultureInfo.InvariantCulture));
    }
}
