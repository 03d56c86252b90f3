using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Tests.Support;
using Waymark.Analytics.Overlay;

namespace Waymark.Analytics.Tests.Overlay;

public sealed class OverlayTests
{
    private static readonly OverlayStage[] Map =
    [
        new("stg_aware", [new OverlayStep("stp_ad", "Ad"), new OverlayStep("stp_note"), new OverlayStep("stp_site", "Visit")]),
        new("stg_buy", [new OverlayStep("stp_cart", "Cart"), new OverlayStep("stp_pay", "Pay", "PayLater")]),
    ];

    private static EventLog RandomLog(int seed, int customers)
    {
        var random = new Random(seed);
        var activities = new[] { "Ad", "Visit", "Cart", "Pay", "PayLater", "Other" };
        var log = new TestLog();
        for (var c = 0; c < customers; c++)
        {
            var events = new string[random.Next(1, 9)];
            var minute = random.Next(0, 60 * 24 * 20);
            for (var e = 0; e < events.Length; e++)
            {
                minute += random.Next(0, 600);
                events[e] = $"{activities[random.Next(activities.Length)]}@{minute}";
            }

            log.Customer($"c{c}", events);
        }

        return log.Build();
    }

    [Fact]
    public void Compute_StepCustomers_EqualTheEngineFunnelOverTheBoundSteps()
    {
        var log = RandomLog(7, 3000);

        var overlay = OverlayEngine.Compute(log, new OverlayOptions { Stages = Map });
        var funnel = Analyze.Funnel(log, new FunnelOptions
        {
            Steps = [FunnelStep.Of("Ad"), FunnelStep.Of("Visit"), FunnelStep.Of("Cart"), new FunnelStep("pay", ["Pay", "PayLater"])],
        });

        var inFunnel = overlay.Steps.Where(s => s.InFunnel).ToList();
        Assert.Equal(funnel.Steps.Select(s => s.Customers), inFunnel.Select(s => s.Customers));
        Assert.Equal(funnel.Steps.Skip(1).Select(s => s.TimeFromPrevious.Median.TotalSeconds), inFunnel.Skip(1).Select(s => s.MedianFromPrevious!.Value));
        Assert.Equal(funnel.Steps.Skip(1).Select(s => s.DropOff), inFunnel.SkipLast(1).Select(s => s.DropOff!.Value));
        Assert.Equal(funnel.Steps[0].Customers, overlay.Entrants);
        Assert.Equal(funnel.Steps[^1].Customers, overlay.Outcome.Customers);
        Assert.Equal(funnel.Steps[^1].ConversionFromFirst, overlay.Outcome.Conversion, 12);
    }

    [Fact]
    public void Compute_ExplicitEntryAndOutcome_FunnelOnlyBetweenThem()
    {
        var log = RandomLog(11, 2000);

        var overlay = OverlayEngine.Compute(log, new OverlayOptions { Stages = Map, EntryStepId = "stp_site", OutcomeStepId = "stp_cart" });
        var funnel = Analyze.Funnel(log, new FunnelOptions { Steps = [FunnelStep.Of("Visit"), FunnelStep.Of("Cart")] });

        Assert.Equal(("stp_site", "stp_cart"), (overlay.EntryStepId, overlay.OutcomeStepId));
        Assert.Equal(["stp_site", "stp_cart"], overlay.Steps.Where(s => s.InFunnel).Select(s => s.StepId));
        Assert.Equal(funnel.Steps.Select(s => s.Customers), overlay.Steps.Where(s => s.InFunnel).Select(s => s.Customers));
        var ad = overlay.Steps[0];
        Assert.True(ad.Bound);
        Assert.False(ad.InFunnel);
        Assert.Null(ad.ShareOfEntrants);
        Assert.True(ad.Visitors > 0);
    }

    [Fact]
    public void Compute_UnboundEntry_FunnelStartsAtTheNextBoundStep()
    {
        var log = new TestLog().Customer("c1", "Ad@0", "Visit@1", "Cart@2").Build();

        var overlay = OverlayEngine.Compute(log, new OverlayOptions { Stages = Map, EntryStepId = "stp_note" });

        Assert.Equal(("stp_site", "stp_pay"), (overlay.EntryStepId, overlay.OutcomeStepId));
        Assert.Equal(["stp_site", "stp_cart", "stp_pay"], overlay.Steps.Where(s => s.InFunnel).Select(s => s.StepId));
    }

    [Fact]
    public void Compute_HandMadeLog_StepFiguresVisitorsAndUnbound()
    {
        var log = new TestLog()
            .Customer("c1", "Ad@0", "Visit@10", "Cart@20", "Pay@50")
            .Customer("c2", "Ad@0", "Visit@30", "Cart@40")
            .Customer("c3", "Ad@0", "Visit@20")
            .Customer("c4", "Cart@0", "Ad@5")
            .Build();

        var overlay = OverlayEngine.Compute(log, new OverlayOptions { Stages = Map });

        var byId = overlay.Steps.ToDictionary(s => s.StepId);
        Assert.Equal(["stp_ad", "stp_note", "stp_site", "stp_cart", "stp_pay"], overlay.Steps.Select(s => s.StepId));
        Assert.Equal(["stp_note"], overlay.UnboundStepIds);
        Assert.Equal(4, overlay.Entrants);
        Assert.Equal([4L, 3, 2, 1], overlay.Steps.Where(s => s.InFunnel).Select(s => s.Customers));
        Assert.Equal(3, byId["stp_cart"].Visitors);
        Assert.Equal("stp_cart", byId["stp_site"].NextStepId);
        Assert.Equal(2.0 / 3, byId["stp_site"].ConversionToNext!.Value, 12);
        Assert.Equal(1, byId["stp_site"].DropOff);
        Assert.Equal(0.5, byId["stp_cart"].ShareOfEntrants!.Value, 12);
        Assert.Equal(1200, byId["stp_site"].MedianFromPrevious);
        Assert.Equal(1800, byId["stp_site"].P90FromPrevious);
        Assert.Null(byId["stp_pay"].NextStepId);
        Assert.Null(byId["stp_pay"].DropOffRate);
        var note = byId["stp_note"];
        Assert.False(note.Bound);
        Assert.Equal((0L, 0L, (double?)null, 0, 0), (note.Customers, note.Visitors, note.ShareOfEntrants, note.Loss, note.Wait));
        Assert.Empty(note.Trend);
        Assert.Equal(0.25, overlay.Outcome.Conversion, 12);
    }

    [Fact]
    public void Compute_LossAndWaitLevels_RelativeToTheWorstStep()
    {
        var log = new TestLog()
            .Customer("c1", "Ad@0", "Visit@10", "Cart@20", "Pay@30")
            .Customer("c2", "Ad@0", "Visit@10", "Cart@100")
            .Customer("c3", "Ad@0", "Visit@10")
            .Customer("c4", "Ad@0")
            .Build();

        var overlay = OverlayEngine.Compute(log, new OverlayOptions { Stages = Map });

        // Drop-off rates: ad 1/4, site 1/3, cart 1/2, pay none. Medians: site 600 s, cart 600 s (10 and 90 min), pay 600 s.
        Assert.Equal([2, 2, 3, 0], overlay.Steps.Where(s => s.InFunnel).Select(s => s.Loss));
        Assert.Equal([0, 3, 3, 3], overlay.Steps.Where(s => s.InFunnel).Select(s => s.Wait));
    }

    [Fact]
    public void Compute_Stages_RolledUpFromTheStepFunnelAtEachStagesFirstStep()
    {
        // c3 skips Visit and c4 never saw the ad: a stage "reached by any of its steps" counted both in the buy stage
        // (and c4 in the first stage) while their steps did not.
        var log = new TestLog()
            .Customer("c1", "Ad@0", "Visit@10", "Cart@20", "Pay@30")
            .Customer("c2", "Ad@0", "Visit@5", "Cart@15")
            .Customer("c3", "Ad@0", "Cart@10")
            .Customer("c4", "Visit@0", "Cart@10")
            .Build();

        var overlay = OverlayEngine.Compute(log, new OverlayOptions { Stages = Map });

        Assert.Equal(["stg_aware", "stg_buy"], overlay.Stages.Select(s => s.StageId));
        Assert.Equal([3L, 2], overlay.Stages.Select(s => s.Customers));
        Assert.Equal(overlay.Entrants, overlay.Stages[0].Customers);
        Assert.Equal(2.0 / 3, overlay.Stages[0].ConversionToNext!.Value, 12);
        Assert.Equal(1, overlay.Stages[0].DropOff);
        Assert.Equal(overlay.Steps.Where(s => s.StepId is "stp_ad" or "stp_site").Sum(s => s.DropOff), overlay.Stages[0].DropOff);
        Assert.Equal(600, overlay.Stages[1].MedianFromPrevious);
    }

    [Fact]
    public void Compute_Trend_DaysUpTo62DaysElseMondayWeeks()
    {
        var log = new TestLog()
            .Customer("c1", "Ad@0", "Ad@10", "Ad@1440")
            .Customer("c2", "Ad@1500")
            .Build();
        var from = TestLog.Origin;

        var days = OverlayEngine.Compute(log, new OverlayOptions { Stages = Map, Filter = new EventFilter { From = from, To = from.AddDays(3) } });
        var weeks = OverlayEngine.Compute(log, new OverlayOptions { Stages = Map, Filter = new EventFilter { From = from, To = from.AddDays(70) } });

        Assert.Equal([1L, 2, 0], days.Steps[0].Trend.Select(t => t.Customers));
        Assert.Equal(new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc), days.Steps[0].Trend[1].Start);
        Assert.Equal(10, weeks.Steps[0].Trend.Count);
        Assert.Equal(DayOfWeek.Monday, weeks.Steps[0].Trend[0].Start.DayOfWeek);
        Assert.Equal(2, weeks.Steps[0].Trend[0].Customers);
    }

    [Fact]
    public void Compute_HugeRange_TrendCutToTheDataAndCapped()
    {
        var log = new TestLog().Customer("c1", "Ad@0").Customer("c2", "Ad@20160").Build();
        var wide = new EventFilter { From = DateTimeOffset.MinValue, To = new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var longData = new TestLog().Customer("c1", "Ad@0").Customer("c2", $"Ad@{60 * 24 * 7 * 1500}").Build();

        var cut = OverlayEngine.Compute(log, new OverlayOptions { Stages = Map, Filter = wide }).Steps[0].Trend;
        var capped = OverlayEngine.Compute(longData, new OverlayOptions { Stages = Map, Filter = wide }).Steps[0].Trend;

        Assert.Equal([1L, 0, 1], cut.Select(t => t.Customers));
        Assert.Equal(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), cut[0].Start);
        Assert.Equal(1_000, capped.Count);
        Assert.Equal(1, capped[^1].Customers);
        Assert.Equal(1, capped.Sum(t => t.Customers));
    }

    [Fact]
    public void Compute_NoBoundSteps_AllUnboundZerosAndNoEntry()
    {
        var log = new TestLog().Customer("c1", "Ad@0").Build();
        OverlayStage[] map = [new("stg_1", [new OverlayStep("stp_1"), new OverlayStep("stp_2")])];

        var overlay = OverlayEngine.Compute(log, new OverlayOptions { Stages = map });

        Assert.Null(overlay.EntryStepId);
        Assert.Equal(0, overlay.Entrants);
        Assert.Equal(["stp_1", "stp_2"], overlay.UnboundStepIds);
        Assert.All(overlay.Steps, s => Assert.False(s.Bound));
        Assert.False(overlay.Stages[0].Bound);
    }

    [Fact]
    public void Compute_StepWithPropertyCondition_CountsOnlyMatchingEvents()
    {
        var builder = new EventLogBuilder();
        builder.AddProperty("plan", "pro");
        builder.Add("c1", 1, "Ad", "");
        builder.Add("c1", 2, "Visit", "");
        builder.AddProperty("plan", "basic");
        builder.Add("c2", 1, "Ad", "");
        builder.Add("c2", 2, "Visit", "");
        OverlayStage[] map = [new("stg_1", [new OverlayStep("stp_ad", ["Ad"], [new PropertyCondition("plan", "pro")]), new OverlayStep("stp_site", "Visit")])];

        var overlay = OverlayEngine.Compute(builder.Build(), new OverlayOptions { Stages = map });

        Assert.Equal([1L, 1], overlay.Steps.Select(s => s.Customers));
        Assert.Equal([1L, 2], overlay.Steps.Select(s => s.Visitors));
    }
}
