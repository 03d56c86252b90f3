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
        var plain = await PushdownAssert.SameFunnelAsync(logs, week);
        await PushdownAssert.SameFunnelAsync(logs, week with { Mode = FunnelMode.Strict });
        await PushdownAssert.SameFunnelAsync(logs, week with { Mode = FunnelMode.AnyOrder });
        var period = new EventFilter { From = logs.Log.GetEvent(0).Timestamp!.Value.AddDays(10), To = logs.Log.GetEvent(0).Timestamp!.Value.AddDays(40) };
        await PushdownAssert.SameFunnelAsync(logs, week with { Filter = period });
        await PushdownAssert.SameStatsAsync(logs, new StatsOptions { Filter = period });
        await PushdownAssert.SameFunnelAsync(logs, overlay with { Filter = period with { Channels = ["search", "web"] } });

        // Exclusions, a breakdown by the first step's channel past its limit, periods, and a bar's customers (ADR 076).
        var modes = week with { Exclusions = [new(["Saw ad", "Visited homepage"], 0), new(["Contacted support", "Started chat"], 2)], Breakdown = new(BreakdownKind.FirstStepChannel, Limit: 1), Over = TrendGranularity.Week };
        var grouped = await PushdownAssert.SameFunnelAsync(logs, modes);
        await PushdownAssert.SameFunnelAsync(logs, modes with { Mode = FunnelMode.AnyOrder, Over = TrendGranularity.Month });
        var bar = await PushdownAssert.SameFunnelCustomersAsync(logs, modes, new(1, Dropped: true, Group: FunnelBreakdown.OtherGroup, Offset: 5, Limit: 20));

        Assert.True(flow.Edges.Count > 20 && funnel.Steps[1].Customers > 1_000, $"{flow.Edges.Count} edges, {funnel.Steps[1].Customers} at step 2");
        Assert.True(grouped.Excluded > 0 && grouped.Steps[0].Customers + grouped.Excluded <= plain.Steps[0].Customers && grouped.Groups[^1].Name == FunnelBreakdown.OtherGroup && grouped.Periods.Count > 4 && bar.Customers.Count == 20,
            $"{grouped.Steps[^1].Customers} of {plain.Steps[^1].Customers} converted, {grouped.Excluded} excluded, {grouped.Groups.Count} groups, {grouped.Periods.Count} periods, {bar.Customers.Count} listed");
        Assert.Contains(flow.Edges, e => e.From == e.To); // repeats
        if (PushdownMeasure.On)
        {
            await MeasureAsync(logs, overlay);
            var measure = new PushdownMeasure(clickHouse.Server, output);
            var engine = new InMemoryAnalyses(logs.Log);
            await measure.RunAsync(logs, "week funnel (4 steps)", () => engine.FunnelAsync(week), () => logs.Pushdown.FunnelAsync(week));
            await measure.RunAsync(logs, "the same with exclusions, channel breakdown past its limit, weeks", () => engine.FunnelAsync(modes), () => logs.Pushdown.FunnelAsync(modes));
            var query = new FunnelCustomerQuery(1, Dropped: true, Group: FunnelBreakdown.OtherGroup, Offset: 5, Limit: 20);
            await measure.RunAsync(logs, "its customers (other, dropped after step 2)", () => engine.FunnelCustomersAsync(modes, query), () => logs.Pushdown.FunnelCustomersAsync(modes, query));
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

        var excluded = PushdownAssert.Funnel(TimeSpan.FromDays(30), ["A_SUBMITTED"], ["A_ACCEPTED"], ["O_ACCEPTED"]) with
        {
            Exclusions = [new(["A_DECLINED"], 0), new(["O_CANCELLED"], 1)], Over = TrendGranularity.Month, Breakdown = new(BreakdownKind.FirstStepChannel),
        };
        await PushdownAssert.SameFunnelAsync(logs, excluded);
        await PushdownAssert.SameFunnelCustomersAsync(logs, excluded, new(0, Offset: 1_000, Limit: 50));

        Assert.Equal(125, flow.Edges.Count);
        Assert.Equal([13087L, 7367, 5113, 5015, 5015, 2055], funnel.Steps.Select(s => s.Customers));
    }

    /// <summary>With WAYMARK_PUSHDOWN_MEASURE=1 only (<see cref="PushdownMeasure"/>).</summary>
    private async Task MeasureAsync(PushdownLogs logs, FunnelOptions overlay)
    {
        var engine = new InMemoryAnalyses(logs.Log);
        var measure = new PushdownMeasure(clickHouse.Server, output);
        await measure.RunAsync(logs, "stats", () => engine.StatsAsync(default), () => logs.Pushdown.StatsAsync(default));
        await measure.RunAsync(logs, "flow", () => engine.FlowAsync(default), () => logs.Pushdown.FlowAsync(default));
        await measure.RunAsync(logs, "overlay funnel (6 steps)", () => engine.FunnelAsync(overlay), () => logs.Pushdown.FunnelAsync(overlay));
        var map = new OverlayOptions { Stages = ClickHouseOverlayLogTests.GeneratedMap };
        await measure.RunAsync(logs, "overlay (9-step map)", () => engine.OverlayAsync(map), () => logs.Pushdown.OverlayAsync(map));
    }
}
