using Waymark.Core.Diff;
using Waymark.Core.Templates;

namespace Waymark.Core.Tests.Diff;

/// <summary>Pairs of built-in templates: different maps, compared by name and position.</summary>
public sealed class TemplateDiffTests
{
    [Fact]
    public void Compare_EveryPairOfTemplates_ByNamesWithMapNameChanged()
    {
        var templates = TemplateLibrary.All;
        for (var i = 0; i < templates.Count; i++)
        {
            var before = templates[i].Create();
            var after = templates[(i + 1) % templates.Count].Create();

            var diff = MapDiffer.Compare(before, after);

            Assert.Equal(DiffMatching.NamesAndPositions, diff.Matching);
            var name = DiffAssert.Single(diff, ChangeKinds.Changed, DiffSubjects.Map, "name");
            Assert.Equal((before.Name, after.Name), (name.From, name.To));
            Assert.All(diff.Changes, c => Assert.False(string.IsNullOrWhiteSpace(c.Summary)));
        }
    }

    [Fact]
    public void Compare_TwoTemplates_StructureCountsAddUp()
    {
        var before = TemplateLibrary.Find("hotel-stay")!.Create();
        var after = TemplateLibrary.Find("restaurant-visit")!.Create();

        var diff = MapDiffer.Compare(before, after);

        // Every stage of either map is either paired (possibly renamed) or added/removed.
        var added = diff.Changes.Count(c => c.Subject == DiffSubjects.Stage && c.Kind == ChangeKinds.Added);
        var removed = diff.Changes.Count(c => c.Subject == DiffSubjects.Stage && c.Kind == ChangeKinds.Removed);
        Assert.Equal(after.Stages.Count - before.Stages.Count, added - removed);
        var addedSteps = diff.Changes.Count(c => c.Subject == DiffSubjects.Step && c.Kind == ChangeKinds.Added);
        var removedSteps = diff.Changes.Count(c => c.Subject == DiffSubjects.Step && c.Kind == ChangeKinds.Removed);
        Assert.Equal(after.StepCount() - before.StepCount(), addedSteps - removedSteps);
    }

    [Fact]
    public void Compare_TemplateReversed_ReversesAddedAndRemoved()
    {
        var a = TemplateLibrary.Find("saas-trial")!.Create();
        var b = TemplateLibrary.Find("churn-journey")!.Create();

        var forward = MapDiffer.Compare(a, b);
        var backward = MapDiffer.Compare(b, a);

        Assert.Equal(forward.Changes.Count(c => c.Kind == ChangeKinds.Added), backward.Changes.Count(c => c.Kind == ChangeKinds.Removed));
        Assert.Equal(forward.Changes.Count(c => c.Kind == ChangeKinds.Removed), backward.Changes.Count(c => c.Kind == ChangeKinds.Added));
    }
}
