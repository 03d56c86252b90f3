using System.Text.RegularExpressions;
using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates;

namespace Waymark.Core.Tests.Templates;

/// <summary>What makes a template worth starting from: a full persona, scope, findings and the usual rows.</summary>
public sealed partial class TemplateContentTests
{
    public static TheoryData<string> TemplateIds() => TemplateLibraryTests.TemplateIds();

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_HasAPersonaWithEveryFieldFilled(string id)
    {
        var map = TemplateLibrary.Find(id)!.Create();

        Assert.NotEmpty(map.Personas);
        Assert.Contains(map.Personas, IsComplete);
        Assert.All(map.Personas, p => Assert.Matches(ColorPattern(), p.Color ?? ""));
        Assert.All(map.Personas, p => Assert.Null(p.PhotoUrl));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_HasAFullScope(string id)
    {
        var scope = TemplateLibrary.Find(id)!.Create().Scope;

        Assert.False(string.IsNullOrWhiteSpace(scope.Goal));
        Assert.False(string.IsNullOrWhiteSpace(scope.Scenario));
        Assert.False(string.IsNullOrWhiteSpace(scope.Segment));
        Assert.False(string.IsNullOrWhiteSpace(scope.Owner));
        Assert.NotEmpty(scope.Channels);
        Assert.NotNull(scope.ReviewBy);
        Assert.NotEmpty(scope.KpiTargets);
        Assert.All(scope.KpiTargets, k => Assert.True(k.Baseline.HasValue && k.Target.HasValue && k.Due.HasValue));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_HasPainPointIdeaAndMomentOfTruth(string id)
    {
        var map = TemplateLibrary.Find(id)!.Create();
        var ideas = TemplateFacts.Cells(map, LaneKind.Ideas).SelectMany(c => c.Ideas).ToList();
        var moments = TemplateFacts.Cells(map, LaneKind.MomentsOfTruth).Select(c => c.MomentOfTruth).ToList();

        Assert.NotEmpty(TemplateFacts.Cells(map, LaneKind.PainPoints).SelectMany(c => c.PainPoints));
        Assert.NotEmpty(ideas);
        Assert.All(ideas, i => Assert.True(InScores(i.Desirable) && InScores(i.Feasible) && InScores(i.Viable)));
        Assert.All(ideas, i => Assert.True(i.Effort.HasValue && i.Impact.HasValue && i.Votes >= 0));
        Assert.NotEmpty(moments);
        Assert.All(moments, m => Assert.False(string.IsNullOrWhiteSpace(m?.Note)));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_HasTouchpointsWithChannelsAndOwner(string id)
    {
        var touchpoints = TemplateFacts.Cells(TemplateLibrary.Find(id)!.Create(), LaneKind.Touchpoints).ToList();

        Assert.NotEmpty(touchpoints);
        Assert.All(touchpoints, t => Assert.True(t.Channels.Count > 0 && t.Owner is not null && t.Text is not null));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Create_Always_OrdersTheUsualLanes(string id)
    {
        var map = TemplateLibrary.Find(id)!.Create();
        LaneKind[] usual =
        [
            LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Feelings,
            LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth,
        ];

        Assert.All(usual, kind => Assert.Contains(map.Lanes, l => l.Kind == kind));
        if (map.Kind == MapKind.ServiceBlueprint)
        {
            // A blueprint reads top down from the physical evidence, so touchpoints and channels lead.
            usual = usual.Where(k => k is not (LaneKind.Touchpoints or LaneKind.Channels)).ToArray();
        }

        var order = usual.Select(kind => map.Lanes.FindIndex(l => l.Kind == kind)).ToList();
        Assert.Equal(order.Order().ToList(), order);
    }

    [Theory]
    [InlineData("saas-trial")]
    [InlineData("ecommerce-purchase")]
    public void Create_DataBoundTemplate_BindsEveryStepToActivities(string id)
    {
        var map = TemplateLibrary.Find(id)!.Create();

        Assert.All(map.AllSteps(), s => Assert.NotEmpty(s.Binding?.Activities ?? []));
        Assert.All(map.AllSteps().SelectMany(s => s.Binding!.Activities), a => Assert.Matches(ActivityPattern(), a));
    }

    [Theory]
    [InlineData("b2b-bank-account")]
    [InlineData("employee-onboarding")]
    public void Create_MultiPersonaTemplate_HasPersonaLanesAndACurvePerPersona(string id)
    {
        var map = TemplateLibrary.Find(id)!.Create();

        Assert.True(map.Personas.Count >= 2);
        Assert.All(map.Personas, IsCompleteAssert);
        foreach (var persona in map.Personas)
        {
            Assert.Contains(map.Lanes, l => l.PersonaId == persona.Id);
            Assert.Equal(map.StepCount(), TemplateFacts.EmotionPoints(map).Count(p => p.PersonaId == persona.Id));
        }
    }

    [Fact]
    public void Create_ServiceBlueprint_HasStaffLanesBelowTheCustomerLanes()
    {
        var lanes = TemplateLibrary.Find("service-blueprint")!.Create().Lanes;

        var actions = lanes.FindIndex(l => l.Kind == LaneKind.Actions);
        var frontstage = lanes.FindIndex(l => l.Kind == LaneKind.Frontstage);
        var backstage = lanes.FindIndex(l => l.Kind == LaneKind.Backstage);
        var support = lanes.FindIndex(l => l.Kind == LaneKind.SupportProcesses);
        Assert.True(actions >= 0 && actions < frontstage && frontstage < backstage && backstage < support);
        Assert.All(lanes.Where(l => l.Kind is LaneKind.Frontstage or LaneKind.Backstage or LaneKind.SupportProcesses),
            l => Assert.All(l.Cells.Values, c => Assert.NotNull(c.Owner)));
    }

    private static bool InScores(int? score) => score is >= 1 and <= 5;

    private static void IsCompleteAssert(Persona persona) => Assert.True(IsComplete(persona), persona.Id);

    private static bool IsComplete(Persona p) =>
        Filled(p.Name, p.Age, p.JobRole, p.FamilyStatus, p.Color, p.Quote, p.Backstory.EntryPoint, p.Backstory.Why,
            p.Backstory.What, p.Backstory.Outcomes) &&
        p.Goals.Professional.Count > 0 && p.Goals.Personal.Count > 0 && p.Needs.Count > 0 &&
        p.PainPoints.Count > 0 && p.Motivations.Count > 0 && p.Behaviours.Count > 0 && p.Channels.Count > 0;

    private static bool Filled(params string?[] values) => values.All(v => !string.IsNullOrWhiteSpace(v));

    [GeneratedRegex("^#[0-9a-f]{6}$")]
    private static partial Regex ColorPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex ActivityPattern();
}
