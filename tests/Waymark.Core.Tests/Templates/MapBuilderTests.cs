using Waymark.Core.Maps;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Tests.Templates;

public sealed class MapBuilderTests
{
    [Fact]
    public void Build_StepWritesToUndeclaredLane_Throws()
    {
        var builder = MapBuilder.Map("map-x", "X").Lanes(LaneKind.Actions);

        var error = Assert.Throws<InvalidOperationException>(() =>
            builder.Stage("stg-a", "A", "Goal", s => s.Step("stp-a", "A", t => t.Feels("Fine"))));

        Assert.Contains("Feelings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lanes_SameKindTwice_Throws()
    {
        Assert.Throws<InvalidOperationException>(() =>
            MapBuilder.Map("map-x", "X").Lanes(LaneKind.Actions, LaneKind.Actions));
    }

    [Fact]
    public void As_PersonaWithOwnLane_WritesToThatLaneAndSharedCurve()
    {
        var map = MapBuilder.Map("map-x", "X")
            .Lane(LaneKind.Thoughts, "Ann thinks", "per-ann")
            .Lanes(LaneKind.Thoughts, LaneKind.EmotionCurve)
            .Stage("stg-a", "A", "Goal", s => s.Step("stp-a", "A", t => t
                .As("per-ann", p => p.Thinks("Mine").Emotion(1, "Up"))
                .As("per-bob", p => p.Thinks("Shared").Emotion(-1, "Down"))))
            .Build();

        var annLane = map.Lanes.Single(l => l.Id == "lane-thoughts-ann");
        var sharedLane = map.Lanes.Single(l => l.Id == "lane-thoughts");
        Assert.Equal("Mine", annLane.Cells["stp-a"].Cards.Single().Text);
        Assert.Equal("Shared", sharedLane.Cells["stp-a"].Cards.Single().Text);
        var points = map.Lanes.Single(l => l.Kind == LaneKind.EmotionCurve).Cells["stp-a"].Emotions;
        Assert.Equal(["per-ann", "per-bob"], points.Select(p => p.PersonaId));
    }

    [Fact]
    public void Thinks_SeveralThoughts_GivesReadableNumberedCardIds()
    {
        var map = MapBuilder.Map("map-x", "X")
            .Lanes(LaneKind.Thoughts)
            .Stage("stg-a", "A", "Goal", s => s.Step("stp-sign-up", "Sign up", t => t.Thinks("One", "Two")))
            .Build();

        var cards = map.Lanes[0].Cells["stp-sign-up"].Cards;
        Assert.Equal(["card-thoughts-sign-up-1", "card-thoughts-sign-up-2"], cards.Select(c => c.Id));
    }

    [Fact]
    public void Touchpoint_MapWithChannelsLane_MirrorsChannelsOnce()
    {
        var map = MapBuilder.Map("map-x", "X")
            .Lanes(LaneKind.Touchpoints, LaneKind.Channels)
            .Stage("stg-a", "A", "Goal", s => s.Step("stp-a", "A", t => t
                .Touchpoint("Checkout", "Payments", "web", "email")
                .Channels("web")))
            .Build();

        var touchpoint = map.Lanes[0].Cells["stp-a"];
        Assert.Equal("Payments", touchpoint.Owner);
        Assert.Equal(["web", "email"], map.Lanes[1].Cells["stp-a"].Channels);
    }

    [Fact]
    public void Target_DateText_ParsesInvariantIsoDate()
    {
        var map = MapBuilder.Map("map-x", "X")
            .Target("kpi-a", "Conversion", "%", 9.5m, 14m, "2027-06-30")
            .ReviewBy("2027-01-15")
            .Build();

        Assert.Equal(new DateOnly(2027, 6, 30), map.Scope.KpiTargets.Single().Due);
        Assert.Equal(new DateOnly(2027, 1, 15), map.Scope.ReviewBy);
    }
}
