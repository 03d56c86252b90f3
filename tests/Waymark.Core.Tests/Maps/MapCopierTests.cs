using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Core.Tests.Builders;

namespace Waymark.Core.Tests.Maps;

public sealed class MapCopierTests
{
    [Property(MaxTest = 100)]
    public Property Copy_KeepingIds_SameDocument() =>
        Prop.ForAll(MapGenerators.Map.ToArbitrary(), map =>
            Assert.Equal(MapSerializer.ToJson(map), MapSerializer.ToJson(MapCopier.Copy(map, newIds: false))));

    [Property(MaxTest = 100)]
    public Property Copy_WithNewIds_StillValidWithSameLineCount() =>
        Prop.ForAll(MapGenerators.Map.ToArbitrary(), map =>
        {
            var copy = MapCopier.Copy(map, newIds: true);

            Assert.Empty(MapValidator.Validate(copy));
            Assert.Equal(MapSerializer.ToJson(map).Split('\n').Length, MapSerializer.ToJson(copy).Split('\n').Length);
        });

    [Fact]
    public void Copy_KeepingIds_IsDeep()
    {
        var map = MapBuilder.Sample().Build();

        var copy = MapCopier.Copy(map, newIds: false);
        copy.Lanes[0].Cells["stp_ad"].Text = "changed";
        copy.Personas[0].Goals.Personal.Add("changed");
        copy.Stages[0].Steps.Clear();

        Assert.Equal("Clicks the ad", map.Lanes[0].Cells["stp_ad"].Text);
        Assert.Empty(map.Personas[0].Goals.Personal);
        Assert.Equal(2, map.Stages[0].Steps.Count);
    }

    [Fact]
    public void Copy_WithNewIds_EveryIdFreshAndReferencesFollow()
    {
        var map = MapBuilder.Sample()
            .WithLane("lan_ana", LaneKind.EmotionCurve, "Ana feels", c => c.Emotions.Add(new EmotionPoint { Score = 2, PersonaId = "per_ana" }), personaId: "per_ana")
            .Build();

        var copy = MapCopier.Copy(map, newIds: true);

        var oldIds = Ids(map).ToHashSet();
        Assert.DoesNotContain(Ids(copy), oldIds.Contains);
        Assert.Equal(Ids(map).Count(), Ids(copy).Distinct().Count());
        var ana = copy.Personas[0].Id;
        var firstStep = copy.Stages[0].Steps[0].Id;
        var lane = copy.Lanes[^1];
        Assert.Equal(ana, lane.PersonaId);
        Assert.Equal(ana, lane.Cells[firstStep].Emotions[0].PersonaId);
        Assert.All(copy.Lanes, l => Assert.All(l.Cells.Keys, key => Assert.Contains(copy.AllSteps(), s => s.Id == key)));
        Assert.StartsWith("stp_", firstStep, StringComparison.Ordinal);
        Assert.Empty(MapValidator.Validate(copy));
    }

    [Fact]
    public void Copy_WithNewIds_EntryAndOutcomeFollowTheirSteps()
    {
        var map = MapBuilder.Sample().Build();
        map.EntryStepId = "stp_site";
        map.OutcomeStepId = "stp_signup";

        var copy = MapCopier.Copy(map, newIds: true);

        Assert.Equal(copy.Stages[0].Steps[1].Id, copy.EntryStepId);
        Assert.Equal(copy.Stages[1].Steps[0].Id, copy.OutcomeStepId);
        Assert.Empty(MapValidator.Validate(copy));
    }

    private static IEnumerable<string> Ids(JourneyMap map)
    {
        yield return map.Id;
        foreach (var persona in map.Personas) yield return persona.Id;
        foreach (var target in map.Scope.KpiTargets) yield return target.Id;
        foreach (var stage in map.Stages)
        {
            yield return stage.Id;
            foreach (var step in stage.Steps) yield return step.Id;
        }

        foreach (var lane in map.Lanes)
        {
            yield return lane.Id;
            foreach (var cell in lane.Cells.Values)
            {
                foreach (var card in cell.Cards) yield return card.Id;
                foreach (var pain in cell.PainPoints) yield return pain.Id;
                foreach (var idea in cell.Ideas) yield return idea.Id;
            }
        }
    }
}
