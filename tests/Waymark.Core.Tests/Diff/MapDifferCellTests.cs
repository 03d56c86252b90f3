using Waymark.Core.Diff;
using Waymark.Core.Maps;
using Waymark.Core.Tests.Builders;

namespace Waymark.Core.Tests.Diff;

/// <summary>Cells compared part by part, each with before and after and its place in both maps.</summary>
public sealed class MapDifferCellTests
{
    private readonly JourneyMap _before = MapBuilder.Sample().Build();
    private readonly JourneyMap _after;

    public MapDifferCellTests() => _after = MapCopier.Copy(_before, newIds: false);

    private Cell Cell(string laneId) => _after.Lanes.Single(l => l.Id == laneId).Cells["stp_ad"];

    private MapChange Only(string kind, string subject, string part)
    {
        var diff = MapDiffer.Compare(_before, _after);
        var change = DiffAssert.Single(diff, kind, subject, part);
        Assert.Single(diff.Changes);
        return change;
    }

    [Fact]
    public void Compare_TextChanged_BeforeAndAfterWithCellPlace()
    {
        Cell("lan_do").Text = "Scrolls past the ad";

        var change = Only(ChangeKinds.Changed, DiffSubjects.Cell, "text");

        Assert.Equal(("Clicks the ad", "Scrolls past the ad"), (change.From, change.To));
        Assert.Equal(("lan_do", "stp_ad", "stg_aware"), (change.After!.LaneId, change.After.StepId, change.After.StageId));
        Assert.Equal("Does × Step stp_ad: text changed: \"Clicks the ad\" → \"Scrolls past the ad\"", change.Summary);
    }

    [Fact]
    public void Compare_CellFilledInNewStep_TextAdded()
    {
        _after.Lanes[0].Cells["stp_site"] = new Cell { Text = "Reads pricing" };

        Assert.Equal("Reads pricing", Only(ChangeKinds.Added, DiffSubjects.Cell, "text").To);
    }

    [Fact]
    public void Compare_CardAddedRemovedChanged_OneChangeEach()
    {
        var cards = Cell("lan_think").Cards;
        cards[0].Text = "Is it worth the money?";
        cards.Add(new Card { Id = "crd_2", Text = "Who else uses it?" });
        var diff = MapDiffer.Compare(_before, _after);
        Assert.Equal("Is it worth the money?", DiffAssert.Single(diff, ChangeKinds.Changed, DiffSubjects.Cell, "cards").To);
        Assert.Equal("Who else uses it?", DiffAssert.Single(diff, ChangeKinds.Added, DiffSubjects.Cell, "cards").To);

        cards.Clear();
        var removed = MapDiffer.Compare(_before, _after);
        Assert.Equal("Is it worth it?", DiffAssert.Single(removed, ChangeKinds.Removed, DiffSubjects.Cell, "cards").From);
    }

    [Fact]
    public void Compare_ChannelsChanged_ListedBeforeAndAfter()
    {
        Cell("lan_touch").Channels.Add("email");

        var change = Only(ChangeKinds.Changed, DiffSubjects.Cell, "channels");

        Assert.Equal(("web", "web, email"), (change.From, change.To));
    }

    [Fact]
    public void Compare_ChannelsSameSetOtherOrder_NoChange()
    {
        Cell("lan_touch").Channels.Add("email");
        _before.Lanes.Single(l => l.Id == "lan_touch").Cells["stp_ad"].Channels.Insert(0, "email");

        DiffAssert.Empty(MapDiffer.Compare(_before, _after));
    }

    [Fact]
    public void Compare_PainPointImpactChanged_Changed()
    {
        Cell("lan_pain").PainPoints[0].Impact = PainImpact.Trivial;

        Assert.Equal("Card needed up front (impact: trivial)", Only(ChangeKinds.Changed, DiffSubjects.Cell, "painPoints").To);
    }

    [Fact]
    public void Compare_IdeaAdded_Added()
    {
        Cell("lan_idea").Ideas.Add(new Idea { Id = "idea_2", Text = "Monthly plan" });

        Assert.Equal("Monthly plan", Only(ChangeKinds.Added, DiffSubjects.Cell, "ideas").To);
    }

    [Fact]
    public void Compare_KpiTargetChanged_Changed()
    {
        Cell("lan_kpi").Kpis[0].Target = 4m;

        Assert.Equal("Click-through target 4 %", Only(ChangeKinds.Changed, DiffSubjects.Cell, "kpis").To);
    }

    [Fact]
    public void Compare_MomentOfTruthRemoved_Removed()
    {
        Cell("lan_mot").MomentOfTruth = null;

        Assert.Equal("First value", Only(ChangeKinds.Removed, DiffSubjects.Cell, "momentOfTruth").From);
    }

    [Fact]
    public void Compare_OwnerAndImageChanged_Changed()
    {
        Cell("lan_own").Owner = "Sales";
        Cell("lan_img").Image = new ImageRef { Url = "https://example.com/ad2.png", Alt = "The new ad" };

        var diff = MapDiffer.Compare(_before, _after);

        Assert.Equal(("Growth team", "Sales"), (DiffAssert.Single(diff, ChangeKinds.Changed, DiffSubjects.Cell, "owner").From, "Sales"));
        Assert.Equal("The new ad (https://example.com/ad2.png)", DiffAssert.Single(diff, ChangeKinds.Changed, DiffSubjects.Cell, "image").To);
    }

    [Fact]
    public void Compare_EmotionScoreMoved_FromAndTo()
    {
        Cell("lan_curve").Emotions[0].Score = -2;

        var change = Only(ChangeKinds.Moved, DiffSubjects.Emotion, "score");

        Assert.Equal(("+1", "-2"), (change.From, change.To));
        Assert.Equal("Emotion × Step stp_ad: emotion moved +1 → -2", change.Summary);
    }

    [Fact]
    public void Compare_PersonaCurvePointAdded_NamesThePersona()
    {
        Cell("lan_curve").Emotions.Add(new EmotionPoint { Score = -1, PersonaId = "per_ben" });

        var change = Only(ChangeKinds.Added, DiffSubjects.Emotion, "score");

        Assert.Equal("per_ben", change.After!.PersonaId);
        Assert.Contains("(Ben)", change.Summary, StringComparison.Ordinal);
    }
}
