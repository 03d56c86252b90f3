using Waymark.Analytics.Drafting;
using Waymark.Analytics.Tests.Support;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Tests.Drafting;

public sealed class MapDrafterTests
{
    // Everyone views the home page; three add to cart (2, 5 and 1 min later), two check out (1 and 5 min after the
    // cart), one calls support two days later.
    private static Waymark.Analytics.Events.EventLog Log() => new TestLog()
        .Customer("c1", "view_home@0#web", "add_to_cart@2#web", "checkout@3#web", "contact_support@3000#phone")
        .Customer("c2", "view_home@0#app", "add_to_cart@5#app", "checkout@10#app")
        .Customer("c3", "view_home@0#web", "add_to_cart@1#web")
        .Customer("c4", "view_home@0#web")
        .Build();

    [Fact]
    public void Draft_HandBuiltLog_OrdersStepsAsCustomersDoThem()
    {
        var map = MapDrafter.Draft(Log(), new DraftOptions { Name = "Shop" })!;

        Assert.Equal("Shop", map.Name);
        Assert.Equal(MapKind.CurrentState, map.Kind);
        Assert.Equal(["View home", "Add to cart", "Checkout", "Contact support"], map.AllSteps().Select(s => s.Name));
        Assert.Equal(["view_home", "add_to_cart", "checkout", "contact_support"], map.AllSteps().Select(s => s.Binding!.Activities.Single()));
    }

    [Fact]
    public void Draft_FourSteps_ThreeStagesCutAtTheLongestPauses()
    {
        var map = MapDrafter.Draft(Log())!;

        // Median gaps: 2 min (home -> cart), 1 min (cart -> checkout), 2,997 min (checkout -> support).
        Assert.Equal([1, 2, 1], map.Stages.Select(s => s.Steps.Count));
        Assert.Equal(["View home", "Add to cart → Checkout", "Contact support"], map.Stages.Select(s => s.Name));
        Assert.Equal("A median 2 min passes before customers go on to the next stage.", map.Stages[0].Description);
        Assert.Equal("A median 2 days passes before customers go on to the next stage.", map.Stages[1].Description);
        Assert.Null(map.Stages[2].Description);
    }

    [Fact]
    public void Draft_Lanes_ActionsAndMostCommonChannelPerStep()
    {
        var map = MapDrafter.Draft(Log())!;
        var steps = map.AllSteps().ToList();
        var actions = map.Lanes.Single(l => l.Kind == LaneKind.Actions);
        var channels = map.Lanes.Single(l => l.Kind == LaneKind.Channels);

        Assert.Equal("4 customers (100%) do this.", actions.Cells[steps[0].Id].Text);
        Assert.Equal("3 customers (75%) do this, a median 2 min after “View home”.", actions.Cells[steps[1].Id].Text);
        Assert.Equal(["web", "web", "web", "phone"], steps.Select(s => channels.Cells[s.Id].Channels.Single()));
        Assert.Contains(map.Lanes, l => l.Kind == LaneKind.EmotionCurve && l.Cells.Count == 0);
        Assert.Empty(MapValidator.Validate(map));
        Assert.True(MapSerializer.Read(MapSerializer.ToJson(map), MapFormat.Json).Succeeded);
    }

    [Fact]
    public void Draft_StepLimit_KeepsTheMostReachedActivities()
    {
        var map = MapDrafter.Draft(Log(), new DraftOptions { Steps = 3 })!;

        Assert.Equal(["view_home", "add_to_cart", "checkout"], map.AllSteps().Select(s => s.Binding!.Activities.Single()));
        Assert.Equal([1, 1, 1], map.Stages.Select(s => s.Steps.Count));
    }

    [Fact]
    public void Draft_OnlyRareActivities_KeepsTheTopThree()
    {
        var log = new TestLog();
        for (var i = 0; i < 200; i++)
        {
            log.Customer($"c{i}", $"a{i:000}@0");
        }

        log.Customer("c-extra", "a000@1", "a001@2");

        var map = MapDrafter.Draft(log.Build())!;

        // 201 customers: the 1% bar is 3 customers, which no activity reaches; a000 and a001 lead with 2 each, then
        // a002. Ordered: a000 precedes a001 for the one customer doing both (+1 / -1); a002 meets neither (0).
        Assert.Equal(["a000", "a002", "a001"], map.AllSteps().Select(s => s.Binding!.Activities.Single()));
    }

    [Fact]
    public void Draft_EmptyLog_IsNull() => Assert.Null(MapDrafter.Draft(new TestLog().Build()));

    [Theory]
    [InlineData("add_to_cart", "Add to cart")]
    [InlineData("AddToCart", "Add to cart")]
    [InlineData("ADD TO CART", "Add to cart")]
    [InlineData("checkout.started", "Checkout started")]
    [InlineData("Viewed FAQ", "Viewed FAQ")]
    [InlineData("Saw ad", "Saw ad")]
    [InlineData("__", "__")]
    public void ReadableName_CommonSpellings_ReadAsWords(string activity, string expected) =>
        Assert.Equal(expected, Waymark.Analytics.Drafting.Internals.ReadableNames.Of(activity));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(5, 3)]
    [InlineData(12, 4)]
    [InlineData(16, 5)]
    [InlineData(40, 6)]
    public void StageCount_ByStepCount_BetweenThreeAndSix(int steps, int stages) =>
        Assert.Equal(stages, Waymark.Analytics.Drafting.Internals.StageSplit.StageCount(steps));

    [Theory]
    [InlineData("Web", "web")]
    [InlineData("app", "mobileApp")]
    [InlineData("display", "ads")]
    [InlineData("search", "custom:Search")]
    [InlineData("word_of_mouth", "custom:Word of mouth")]
    public void MapChannel_EventChannel_KnownIdOrCustom(string channel, string expected) =>
        Assert.Equal(expected, Waymark.Analytics.Drafting.Internals.MapChannels.Of(channel));
}
