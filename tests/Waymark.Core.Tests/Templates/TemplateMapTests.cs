using Waymark.Core.Maps;
using Waymark.Core.Templates;

namespace Waymark.Core.Tests.Templates;

/// <summary>The structural rules every template map must keep.</summary>
public sealed class TemplateMapTests
{
    public static TheoryData<string> TemplateIds() => TemplateLibraryTests.TemplateIds();

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_HasValidIds(string id)
    {
        var map = TemplateLibrary.Find(id)!.Create();

        Assert.All(TemplateFacts.AllIds(map), i => Assert.True(Ids.IsValid(i), $"invalid id '{i}'"));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_HasUniqueIds(string id)
    {
        var ids = TemplateFacts.AllIds(TemplateLibrary.Find(id)!.Create());

        var duplicates = ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_KeysEveryCellToAnExistingStep(string id)
    {
        var map = TemplateLibrary.Find(id)!.Create();
        var stepIds = map.AllSteps().Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(map.Lanes.SelectMany(l => l.Cells.Keys), key => Assert.Contains(key, stepIds));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_FillsOnlyPartsTheLaneKindAllows(string id)
    {
        var map = TemplateLibrary.Find(id)!.Create();

        foreach (var lane in map.Lanes)
        {
            var allowed = LaneRules.AllowedParts(lane.Kind);
            foreach (var (stepId, cell) in lane.Cells)
            {
                var extra = LaneRules.PartsOf(cell) & ~allowed;
                Assert.True(extra == CellPart.None, $"{lane.Id} at {stepId} fills {extra}");
                Assert.False(cell.IsEmpty, $"{lane.Id} at {stepId} is empty");
            }
        }
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_KeepsEmotionScoresWithinScale(string id)
    {
        var map = TemplateLibrary.Find(id)!.Create();

        Assert.All(TemplateFacts.EmotionPoints(map),
            p => Assert.True(map.EmotionScale.Contains(p.Score), $"{p.Score} outside {map.EmotionScale.ToToken()}"));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_ResolvesPersonaReferences(string id)
    {
        var map = TemplateLibrary.Find(id)!.Create();
        var personaIds = map.Personas.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(map.Lanes.Where(l => l.PersonaId is not null), l => Assert.Contains(l.PersonaId!, personaIds));
        Assert.All(TemplateFacts.EmotionPoints(map).Where(p => p.PersonaId is not null),
            p => Assert.Contains(p.PersonaId!, personaIds));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_UsesKnownChannelsAndColors(string id)
    {
        var map = TemplateLibrary.Find(id)!.Create();
        var channels = map.Scope.Channels
            .Concat(map.Personas.SelectMany(p => p.Channels))
            .Concat(map.Lanes.SelectMany(l => l.Cells.Values).SelectMany(c => c.Channels));
        var cardColors = map.Lanes.SelectMany(l => l.Cells.Values).SelectMany(c => c.Cards).Select(c => c.Color);

        Assert.All(channels, c => Assert.True(Channels.IsValid(c), $"unknown channel '{c}'"));
        Assert.All(cardColors, c => Assert.True(c is null || CardColors.IsKnown(c), $"unknown colour '{c}'"));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_HasFourToSixStagesWithGoalsAndTwoToFourStepsEach(string id)
    {
        var map = TemplateLibrary.Find(id)!.Create();

        Assert.InRange(map.Stages.Count, 4, 6);
        Assert.All(map.Stages, s => Assert.False(string.IsNullOrWhiteSpace(s.Goal), $"{s.Id} has no goal"));
        Assert.All(map.Stages, s => Assert.InRange(s.Steps.Count, 2, 4));
        Assert.InRange(map.StepCount(), 10, 18);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_PutsAnEmotionPointOnEveryStepForEveryPersona(string id)
    {
        var map = TemplateLibrary.Find(id)!.Create();
        var curves = map.Personas.Count > 1 ? map.Personas.Select(p => (string?)p.Id).ToList() : [null];

        foreach (var step in map.AllSteps())
        {
            var points = TemplateFacts.EmotionsAt(map, step.Id);
            Assert.All(curves, persona => Assert.Contains(points, p => p.PersonaId == persona));
        }
    }
}
