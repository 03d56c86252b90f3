using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Testing;
using Waymark.Testing.ClickHouse;
using Xunit.Abstractions;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// The pushed-down overlay equals the engine's on the generated log (the bench's 9-step map, steps bound with property
/// conditions, a period and a segment) and on BPIC2012 (a 9-step map over its activities).
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseOverlayLogTests(ClickHouseFixture clickHouse, PushdownData data, ITestOutputHelper output)
{
    /// <summary>The overlay bench's map (bench/Waymark.Bench/Micro/OverlayBenchmarks.cs): 4 stages, 9 steps.</summary>
    public static readonly OverlayStage[] GeneratedMap =
    [
        new("discover", [new OverlayStep("ad", "Saw ad"), new OverlayStep("home", "Visited homepage"), new OverlayStep("product", "Viewed product")]),
        new("signup", [new OverlayStep("start", "Started signup"), new OverlayStep("pay", "Entered payment details"), new OverlayStep("done", "Signup completed")]),
        new("going", [new OverlayStep("onboard", "Completed onboarding"), new OverlayStep("key", "Used key feature")]),
        new("stay", [new OverlayStep("renew", "Renewed subscription")]),
    ];

    [StoreFact]
    public async Task OverlayAsync_GeneratedLog_EqualsTheEngine()
    {
        var logs = await data.GeneratedAsync(clickHouse.Server);
        var map = new OverlayOptions { Stages = GeneratedMap };
        OverlayStage[] conditional =
        [
            new("look", [new OverlayStep("home", ["Visited homepage"], [new PropertyCondition("device", "mobile")]), new OverlayStep("unbound")]),
            new("buy", [new OverlayStep("start", ["Started signup", "Viewed product"], [new PropertyCondition("device", "desktop"), new PropertyCondition("plan", "pro")]),
                new OverlayStep("done", "Signup completed"), new OverlayStep("again", "Visited homepage")]),
        ];
        var first = logs.Log.GetEvent(0).Timestamp!.Value;
        var period = new EventFilter { From = first.AddDays(10), To = first.AddDays(40) };

        var all = await PushdownAssert.SameOverlayAsync(logs, map);
        await PushdownAssert.SameOverlayAsync(logs, map with { EntryStepId = "home", OutcomeStepId = "done", Filter = period with { Channels = ["search", "web"] } });
        var withConditions = await PushdownAssert.SameOverlayAsync(logs, new OverlayOptions { Stages = conditional });

        Assert.True(all.Entrants > 1_000 && all.Steps.All(s => s.Visitors > 0), $"{all.Entrants} entrants");
        Assert.InRange(withConditions.Steps[0].Visitors, 1, all.Steps[1].Visitors - 1);
        output.WriteLine($"{logs.Log.EventCount:N0} events, {logs.Log.CustomerCount:N0} customers; entrants {all.Entrants}, outcome {all.Outcome.Customers}");
    }

    [StoreFact]
    public async Task OverlayAsync_Bpic2012_EqualsTheEngine()
    {
        if (await data.BpicAsync(clickHouse.Server) is not { } logs)
        {
            output.WriteLine(SharedData.SkipReason + " (bpic2012.xes.gz)");
            return;
        }

        OverlayStage[] map =
        [
            new("apply", [new OverlayStep("submitted", "A_SUBMITTED"), new OverlayStep("partly", "A_PARTLYSUBMITTED"), new OverlayStep("preaccepted", "A_PREACCEPTED")]),
            new("check", [new OverlayStep("complete", ["W_Completeren aanvraag"], [new PropertyCondition("lifecycle:transition", "COMPLETE")]), new OverlayStep("accepted", "A_ACCEPTED")]),
            new("offer", [new OverlayStep("finalized", "A_FINALIZED"), new OverlayStep("sent", "O_SENT"), new OverlayStep("back", "O_SENT_BACK")]),
            new("close", [new OverlayStep("approved", "A_APPROVED", "A_REGISTERED", "A_ACTIVATED")]),
        ];

        var all = await PushdownAssert.SameOverlayAsync(logs, new OverlayOptions { Stages = map });
        await PushdownAssert.SameOverlayAsync(logs, new OverlayOptions { Stages = map, EntryStepId = "preaccepted", Filter = new EventFilter { Did = ["O_CANCELLED"] } });

        Assert.Equal(13087, all.Entrants);
        Assert.True(all.Steps.Single(s => s.StepId == "complete").Visitors > 1_000);
    }
}
