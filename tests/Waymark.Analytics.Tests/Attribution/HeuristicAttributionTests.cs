using Waymark.Analytics.Attribution;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Attribution;

public sealed class HeuristicAttributionTests
{
    private const int Day = 24 * 60;

    /// <summary>
    /// a: Email (day 0), Search (day 7), Social (day 14), buys on day 21; b: Search twice, buys; c: Email, buys;
    /// d: Social, does not buy. Time decay with a 7-day half-life weighs a's touches 1/8 : 1/4 : 1/2, that is 1/7, 2/7, 4/7.
    /// </summary>
    private static AttributionResult HandMade() => AttributionEngine.Compute(new TestLog()
        .Customer("a", $"Touch@0#Email", $"Touch@{7 * Day}#Search", $"Touch@{14 * Day}#Social", $"Buy@{21 * Day}")
        .Customer("b", "Touch@0#Search", "Touch@60#Search", "Buy@120")
        .Customer("c", "Touch@0#Email", "Buy@30")
        .Customer("d", "Touch@0#Social")
        .Build(), new AttributionOptions { Stages = AttributionPaths.BuyMap });

    [Fact]
    public void Compute_HandMadeCase_FirstAndLastTouch()
    {
        var result = HandMade();

        Assert.Equal(["Email", "Search", "Social"], result.Players.Select(p => p.Name));
        AttributionAssert.Close([2, 1, 0], result.Players.Select(p => (double?)p.Credits.FirstTouch));
        AttributionAssert.Close([1, 1, 1], result.Players.Select(p => (double?)p.Credits.LastTouch));
    }

    [Fact]
    public void Compute_HandMadeCase_LinearSplitsEachConversionOverItsTouches()
    {
        var result = HandMade();

        AttributionAssert.Close([1 + (1.0 / 3), 1 + (1.0 / 3), 1.0 / 3], result.Players.Select(p => (double?)p.Credits.Linear));
    }

    [Fact]
    public void Compute_HandMadeCase_TimeDecayHalvesPerHalfLife()
    {
        var result = HandMade();

        // b's two touches are both Search: whatever their weights, b's conversion goes to Search whole.
        AttributionAssert.Close([1 + (1.0 / 7), (2.0 / 7) + 1, 4.0 / 7], result.Players.Select(p => (double?)p.Credits.TimeDecay));
    }

    [Fact]
    public void Compute_HandMadeCase_PositionBased40_20_40()
    {
        var result = HandMade();

        AttributionAssert.Close([1.4, 1.2, 0.4], result.Players.Select(p => (double?)p.Credits.PositionBased));
    }

    [Fact]
    public void Compute_TwoTouches_PositionBasedHalves()
    {
        var result = new AttributionPaths().Add(true, "A", "B").Compute();

        AttributionAssert.Close([0.5, 0.5], result.Players.Select(p => (double?)p.Credits.PositionBased));
    }

    [Fact]
    public void Compute_FiveTouches_MiddleSharesTwentyPercent()
    {
        var result = new AttributionPaths().Add(true, "A", "B", "C", "B", "D").Compute();

        AttributionAssert.Close([0.4, 0.2 / 3 * 2, 0.2 / 3, 0.4], result.Players.Select(p => (double?)p.Credits.PositionBased));
    }

    [Fact]
    public void Compute_HandMadeCase_TouchesAndConversionsTouched()
    {
        var result = HandMade();

        Assert.Equal([2L, 3, 2], result.Players.Select(p => p.Touches));
        Assert.Equal([2L, 2, 1], result.Players.Select(p => p.ConversionsTouched));
        Assert.Equal(4, result.Customers);
        Assert.Equal(3, result.Conversions);
        Assert.Equal(7, result.Touches);
        AttributionAssert.CreditsSumToConversions(result);
    }

    [Fact]
    public void Compute_HalfLifeOfOneDay_OlderTouchesWeighLess()
    {
        var log = new TestLog().Customer("a", "Touch@0#Email", $"Touch@{Day}#Search", $"Buy@{2 * Day}").Build();

        var result = AttributionEngine.Compute(log, new AttributionOptions { Stages = AttributionPaths.BuyMap, HalfLife = TimeSpan.FromDays(1) });

        AttributionAssert.Close([1.0 / 3, 2.0 / 3], result.Players.Select(p => (double?)p.Credits.TimeDecay));
        Assert.Contains("Time decay: half-life 1 days before the conversion.", result.Notes);
    }
}
