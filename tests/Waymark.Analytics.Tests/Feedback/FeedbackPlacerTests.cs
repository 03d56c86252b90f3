using Waymark.Analytics.Feedback;
using Waymark.Analytics.Tests.Support;
using Waymark.Core.Maps;
using static Waymark.Analytics.Tests.Support.TestMaps;

namespace Waymark.Analytics.Tests.Feedback;

public sealed class FeedbackPlacerTests
{
    // s1 Visit, s2 Signup (keyword "invoice"), s3 Pay (keywords "card", "credit card"), notes unbound.
    private static readonly JourneyMap Map = WithKeywords(Steps(Bound("s1", "Visit"), Bound("s2", "Signup"), Bound("s3", "Pay"), Bound("notes")));

    // c1: Visit at 0 min, Signup at 60, Browse (unbound) at 120; c2: Pay at 0.
    private static readonly FeedbackPlacer Placer = new(new TestLog()
        .Customer("c1", "Visit@0", "Signup@60", "Browse@120")
        .Customer("c2", "Pay@0")
        .Build(), Map, TimeSpan.FromHours(2));

    [Fact]
    public void Place_ExplicitStepOnMap_WinsOverEverything()
    {
        var placement = Placer.Place(Item("c1", 90, stepId: "s3", activity: "Visit", text: "invoice"));

        Assert.Equal(new Placement(2, PlacementMethod.Step), placement);
    }

    [Fact]
    public void Place_ExplicitStepNotOnMap_FallsThroughToActivity()
    {
        var placement = Placer.Place(Item("c1", 90, stepId: "gone", activity: "Pay"));

        Assert.Equal(new Placement(2, PlacementMethod.Activity), placement);
    }

    [Fact]
    public void Place_ActivityBoundToNoStep_FallsThroughToEvents()
    {
        var placement = Placer.Place(Item("c1", 90, activity: "Browse"));

        Assert.Equal(new Placement(1, PlacementMethod.Event), placement);
    }

    [Theory]
    [InlineData(59, 0)]   // before Signup: Visit is the nearest preceding bound event
    [InlineData(60, 1)]   // at the same instant as Signup: it counts as preceding
    [InlineData(150, 1)]  // the unbound Browse is skipped
    public void Place_CustomerEvents_NearestPrecedingBoundEvent(double minutes, int step)
    {
        Assert.Equal(new Placement(step, PlacementMethod.Event), Placer.Place(Item("c1", minutes)));
    }

    [Fact]
    public void Place_BoundEventOlderThanWindow_FallsThroughToKeyword()
    {
        var placement = Placer.Place(Item("c1", 60 + 121, text: "Where is my INVOICE?"));

        Assert.Equal(new Placement(1, PlacementMethod.Keyword), placement);
    }

    [Fact]
    public void Place_EventExactlyAtWindowEdge_StillPlaces()
    {
        Assert.Equal(new Placement(1, PlacementMethod.Event), Placer.Place(Item("c1", 60 + 120)));
    }

    [Fact]
    public void Place_FeedbackBeforeCustomersFirstEvent_NotPlacedByEvents()
    {
        Assert.Equal(Placement.None, Placer.Place(Item("c2", -1)));
    }

    [Theory]
    [InlineData("my credit card was declined", 2)]
    [InlineData("invoices are late", -1)]          // whole words only
    [InlineData("the card and the invoice", 1)]    // first step in map order wins
    [InlineData("no keyword here", -1)]
    [InlineData(null, -1)]
    public void Place_Keywords_WholeWordCaseInsensitiveFirstStepWins(string? text, int step)
    {
        var placement = Placer.Place(Item(null, 0, text: text));

        Assert.Equal(step, placement.Step);
        Assert.Equal(step < 0 ? PlacementMethod.Unplaced : PlacementMethod.Keyword, placement.Method);
    }

    [Fact]
    public void Place_UnknownCustomer_FallsThroughToKeyword()
    {
        Assert.Equal(new Placement(2, PlacementMethod.Keyword), Placer.Place(Item("nobody", 10, text: "Card")));
    }

    [Fact]
    public void PlaceAll_EmptyLogAndNoItems_NoPlacements()
    {
        var placer = new FeedbackPlacer(new TestLog().Build(), Map, TimeSpan.FromHours(1));

        Assert.Empty(placer.PlaceAll([]));
        Assert.Equal(new Placement(0, PlacementMethod.Step), placer.Place(Item("c1", 0, stepId: "s1")));
    }

    private static FeedbackItem Item(string? customer, double minutes, string? stepId = null, string? activity = null, string? text = null) =>
        new("fb", customer, TestLog.Origin.AddMinutes(minutes).UtcTicks, stepId, activity, ScoreType.None, null, text, FeedbackSource.Chat, false, null, null);

    private static JourneyMap WithKeywords(JourneyMap map)
    {
        Step(map, "s2").Binding!.Keywords = ["invoice"];
        Step(map, "s3").Binding!.Keywords = ["credit card", "card"];
        return map;
    }
}
