using Waymark.Analytics.Engine;
using Waymark.Testing;
using Waymark.Testing.ClickHouse;
using Xunit.Abstractions;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// Pushed-down paths equal the engine's on the generated log (forward, backward, a step anchor with a condition,
/// repeats collapsed, visits, a period with a segment) and on BPIC2012.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHousePathLogTests(ClickHouseFixture clickHouse, PushdownData data, ITestOutputHelper output)
{
    [StoreFact]
    public async Task Paths_GeneratedLog_EqualTheEngine()
    {
        var logs = await data.GeneratedAsync(clickHouse.Server);
        var first = logs.Log.GetEvent(0).Timestamp!.Value;
        var segment = new EventFilter { From = first.AddDays(10), To = first.AddDays(70), Channels = ["search", "web"] };
        var mobile = new FunnelStep("home on mobile", ["Visited homepage"]) { Conditions = [new PropertyCondition("device", "mobile")] };

        var plain = await PushdownAssert.SamePathsAsync(logs, new PathOptions());
        await PushdownAssert.SamePathsAsync(logs, new PathOptions { From = "Viewed product", Depth = 6, Width = 5, CollapseRepeats = true });
        await PushdownAssert.SamePathsAsync(logs, new PathOptions { To = "Signup completed", Filter = segment, TopPaths = 20 });
        await PushdownAssert.SamePathsAsync(logs, new PathOptions { Start = mobile, Backward = true, Depth = 4 });
        var visits = await PushdownAssert.SamePathsAsync(logs, new PathOptions { SessionGap = TimeSpan.FromMinutes(30), CollapseRepeats = true, Depth = 10, Width = 20 });

        Assert.True(plain.Journeys == logs.Log.CustomerCount && plain.PathCount > 50, $"{plain.Journeys} journeys, {plain.PathCount} paths");
        Assert.True(visits.Journeys > plain.Journeys, $"{visits.Journeys} visits");
        // With a width above the activities nothing is folded: PathCount is then how many rows the query sent back.
        output.WriteLine($"{logs.Log.EventCount:N0} events, {logs.Log.CustomerCount:N0} customers; {plain.PathCount} paths, {visits.Journeys} visits on {visits.PathCount} paths");
        if (PushdownMeasure.On)
        {
            var engine = new InMemoryAnalyses(logs.Log);
            var measure = new PushdownMeasure(clickHouse.Server, output);
            var sankey = new PathOptions { Depth = 5, Width = 6, TopPaths = 20 };
            var collapsed = new PathOptions { From = "Viewed product", CollapseRepeats = true, SessionGap = TimeSpan.FromMinutes(30), Depth = 10 };
            await measure.RunAsync(logs, "paths from the first event, 5 deep", () => engine.PathsAsync(sankey), () => logs.Pushdown.PathsAsync(sankey));
            await measure.RunAsync(logs, "paths from an activity, visits, collapsed, 10 deep", () => engine.PathsAsync(collapsed), () => logs.Pushdown.PathsAsync(collapsed));
        }
    }

    [StoreFact]
    public async Task Paths_Bpic2012_EqualTheEngine()
    {
        if (await data.BpicAsync(clickHouse.Server) is not { } logs)
        {
            output.WriteLine(SharedData.SkipReason + " (bpic2012.xes.gz)");
            return;
        }

        var completed = new FunnelStep("completed", ["W_Completeren aanvraag"]) { Conditions = [new PropertyCondition("lifecycle:transition", "COMPLETE")] };

        var forward = await PushdownAssert.SamePathsAsync(logs, new PathOptions { From = "A_SUBMITTED", Depth = 8 });
        await PushdownAssert.SamePathsAsync(logs, new PathOptions { Start = completed, Backward = true, CollapseRepeats = true });
        await PushdownAssert.SamePathsAsync(logs, new PathOptions { To = "A_DECLINED", Filter = new EventFilter { DidNot = ["O_CANCELLED"] } });

        Assert.Equal(13087, forward.Journeys);
    }
}
