using Waymark.Analytics.Attribution;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Attribution;

public sealed class AttributionEdgeTests
{
    [Fact]
    public void Compute_NoConversions_EveryCreditZeroAndTouchesCounted()
    {
        var result = new AttributionPaths().Add(false, "A", "B").Add(false, "B").Compute();

        Assert.Equal(0, result.Conversions);
        Assert.Equal([1L, 2], result.Players.Select(p => p.Touches));
        Assert.All(result.Players, p => Assert.Equal(new AttributionCredits(0, 0, 0, 0, 0, 0, 0, 0), p.Credits));
    }

    [Fact]
    public void Compute_OneChannel_GetsEveryConversionUnderEveryModel()
    {
        var result = new AttributionPaths().Add(3, true, "A", "A").Add(2, false, "A").Compute();

        var credits = Assert.Single(result.Players).Credits;
        Assert.Equal(new AttributionCredits(3, 3, 3, 3, 3, 3, 3, 3), credits);
    }

    [Fact]
    public void Compute_ConvertersWithoutTouch_CountedApartAndCreditedToNoPlayer()
    {
        var log = new TestLog()
            .Customer("a", "Buy@0")
            .Customer("b", "Look@0", "Buy@10")
            .Customer("c", "Touch@0#A", "Buy@10")
            .Build();

        var result = AttributionEngine.Compute(log, new AttributionOptions { Stages = AttributionPaths.BuyMap });

        Assert.Equal(3, result.Conversions);
        Assert.Equal(2, result.ConversionsWithoutTouch);
        Assert.Equal(1, Assert.Single(result.Players).Credits.MarkovFirstOrder);
        Assert.Contains("2 conversions had no touch before them and are credited to no channel.", result.Notes);
        AttributionAssert.CreditsSumToConversions(result);
    }

    [Fact]
    public void Compute_EventsWithoutChannel_AreNotTouches()
    {
        var log = new TestLog().Customer("a", "Touch@0#A", "Look@5", "Touch@6#B", "Buy@10").Build();

        var result = AttributionEngine.Compute(log, new AttributionOptions { Stages = AttributionPaths.BuyMap });

        Assert.Equal(["A", "B"], result.Players.Select(p => p.Name));
        Assert.Equal(2, result.Touches);
        AttributionAssert.Close([0.5, 0.5], result.Players.Select(p => (double?)p.Credits.PositionBased));
    }

    [Fact]
    public void Compute_TouchesAfterTheConversion_AreNotCounted()
    {
        var log = new TestLog().Customer("a", "Touch@0#A", "Buy@10", "Touch@20#B", "Buy@30").Build();

        var result = AttributionEngine.Compute(log, new AttributionOptions { Stages = AttributionPaths.BuyMap });

        var player = Assert.Single(result.Players);
        Assert.Equal(("A", 1L), (player.Name, player.Touches));
    }

    [Fact]
    public void Compute_MapWithoutBoundStep_NothingConvertsAndSaysWhy()
    {
        var log = new TestLog().Customer("a", "Touch@0#A", "Buy@10").Build();

        var result = AttributionEngine.Compute(log, new AttributionOptions { Stages = [new("stg", [new OverlayStep("stp_note")])] });

        Assert.Equal(0, result.Conversions);
        Assert.Contains("The map has no bound step, so it has no outcome: nothing converts.", result.Notes);
    }

    [Fact]
    public void Compute_RandomLog_ConversionsEqualTheOverlaysOutcome()
    {
        var stages = new OverlayStage[] { new("stg", [new OverlayStep("stp_ad", "Ad"), new OverlayStep("stp_site", "Visit"), new OverlayStep("stp_pay", "Pay")]) };
        var log = RandomLog(9, 4000);
        var filter = new EventFilter { From = TestLog.Origin.AddDays(2), To = TestLog.Origin.AddDays(15) };

        var overlay = OverlayEngine.Compute(log, new OverlayOptions { Stages = stages, Filter = filter });
        var result = AttributionEngine.Compute(log, new AttributionOptions { Stages = stages, Filter = filter });

        Assert.True(result.Conversions > 100);
        Assert.Equal(overlay.Outcome.Customers, result.Conversions);
        AttributionAssert.CreditsSumToConversions(result);
    }

    [Fact]
    public void Compute_ByTouchpoint_TouchesAreTheBoundStepsBeforeTheOutcome()
    {
        var stages = new OverlayStage[] { new("stg", [new OverlayStep("stp_ad", "Ad"), new OverlayStep("stp_site", "Visit"), new OverlayStep("stp_pay", "Pay")]) };
        var log = new TestLog()
            .Customer("a", "Ad@0#Mail", "Visit@5#Web", "Other@6", "Pay@10#Web")
            .Customer("b", "Visit@0#Web", "Ad@5#Mail")
            .Build();

        var result = AttributionEngine.Compute(log, new AttributionOptions { Stages = stages, By = AttributionDimension.Touchpoint });

        Assert.Equal(AttributionDimension.Touchpoint, result.By);
        Assert.Equal(["stp_ad", "stp_site"], result.Players.Select(p => p.Name));
        Assert.Equal([2L, 2], result.Players.Select(p => p.Touches));
        AttributionAssert.Close([1, 0], result.Players.Select(p => (double?)p.Credits.FirstTouch));
        AttributionAssert.Close([0, 1], result.Players.Select(p => (double?)p.Credits.LastTouch));
    }

    [Fact]
    public void Compute_Segment_OnlyItsCustomersCount()
    {
        var log = new TestLog()
            .Customer("a", "Touch@0#A", "Buy@10").Attribute("a", "plan", "pro")
            .Customer("b", "Touch@0#B", "Buy@10").Attribute("b", "plan", "free")
            .Build();
        var filter = new EventFilter { Attributes = [new AttributeCondition("plan", ["pro"])] };

        var result = AttributionEngine.Compute(log, new AttributionOptions { Stages = AttributionPaths.BuyMap, Filter = filter });

        Assert.Equal(1, result.Customers);
        Assert.Equal("A", Assert.Single(result.Players).Name);
    }

    [Fact]
    public void Compute_HugeCounts_CreditsStayExactSums()
    {
        var builder = new EventLogBuilder();
        var start = TestLog.Origin.UtcTicks;
        for (var c = 0; c < 200_000; c++)
        {
            var id = $"c{c}";
            builder.Add(id, start, "Touch", c % 3 == 0 ? "A" : "B");
            builder.Add(id, start + 1000, "Touch", c % 5 == 0 ? "C" : "A");
            if (c % 2 == 0)
            {
                builder.Add(id, start + 2000, "Buy", "");
            }
        }

        for (var i = 0; i < 50_000; i++)
        {
            builder.Add("long", start + i, "Touch", i % 2 == 0 ? "A" : "C");
        }

        builder.Add("long", start + 60_000, "Buy", "");

        var result = AttributionEngine.Compute(builder.Build(), new AttributionOptions { Stages = AttributionPaths.BuyMap });

        Assert.Equal(100_001, result.Conversions);
        Assert.Equal(450_000, result.Touches);
        Assert.All(result.Players, p => Assert.True(double.IsFinite(p.Credits.TimeDecay) && double.IsFinite(p.Credits.MarkovSecondOrder!.Value)));
        AttributionAssert.CreditsSumToConversions(result);
    }

    private static EventLog RandomLog(int seed, int customers)
    {
        var random = new Random(seed);
        var activities = new[] { "Ad", "Visit", "Pay", "Other" };
        var channels = new[] { "Web", "Mail", "Shop", "" };
        var log = new TestLog();
        for (var c = 0; c < customers; c++)
        {
            var events = new string[random.Next(1, 9)];
            var minute = random.Next(0, 60 * 24 * 20);
            for (var e = 0; e < events.Length; e++)
            {
                minute += random.Next(0, 600);
                var channel = channels[random.Next(channels.Length)];
                events[e] = $"{activities[random.Next(activities.Length)]}@{minute}{(channel.Length > 0 ? "#" + channel : "")}";
            }

            log.Customer($"c{c}", events);
        }

        return log.Build();
    }
}
