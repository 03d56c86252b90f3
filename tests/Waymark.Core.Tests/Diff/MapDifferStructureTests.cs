using Waymark.Core.Diff;
using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Tests.Builders;

namespace Waymark.Core.Tests.Diff;

/// <summary>Two versions of one map (same ids): stages, steps, lanes and personas added, removed, moved, renamed.</summary>
public sealed class MapDifferStructureTests
{
    private static (JourneyMap Before, JourneyMap After) Versions()
    {
        var before = MapBuilder.Sample().Build();
        return (before, MapCopier.Copy(before, newIds: false));
    }

    [Fact]
    public void Compare_StageAddedAtFront_OnlyAddedNothingMoved()
    {
        var (before, after) = Versions();
        after.Stages.Insert(0, new Stage { Id = "stg_new", Name = "Discovery", Steps = [new Step { Id = "stp_new", Name = "Hears of it" }] });

        var diff = MapDiffer.Compare(before, after);

        var stage = DiffAssert.Single(diff, ChangeKinds.Added, DiffSubjects.Stage);
        Assert.Equal("stg_new", stage.After!.StageId);
        Assert.Equal("Stage \"Discovery\" added", stage.Summary);
        var step = DiffAssert.Single(diff, ChangeKinds.Added, DiffSubjects.Step);
        Assert.Equal("stp_new", step.After!.StepId);
        Assert.Equal(2, diff.Changes.Count);
    }

    [Fact]
    public void Compare_StageRemoved_StageAndItsStepsRemoved()
    {
        var (before, after) = Versions();
        after.Stages.RemoveAt(1);

        var diff = MapDiffer.Compare(before, after);

        Assert.Equal("stg_trial", DiffAssert.Single(diff, ChangeKinds.Removed, DiffSubjects.Stage).Before!.StageId);
        var step = DiffAssert.Single(diff, ChangeKinds.Removed, DiffSubjects.Step);
        Assert.Equal("stp_signup", step.Before!.StepId);
        Assert.Null(step.After);
        Assert.Equal(2, diff.Changes.Count);
    }

    [Fact]
    public void Compare_StagesSwapped_OneMovedWithPositions()
    {
        var (before, after) = Versions();
        after.Stages.Reverse();

        var moved = DiffAssert.Single(MapDiffer.Compare(before, after), ChangeKinds.Moved, DiffSubjects.Stage);

        Assert.Contains("moved from position", moved.Summary, StringComparison.Ordinal);
        Assert.NotEqual(moved.From, moved.To);
    }

    [Fact]
    public void Compare_StageRenamedAndGoalChanged_BothWithBeforeAndAfter()
    {
        var (before, after) = Versions();
        after.Stages[0].Name = "Discover";
        after.Stages[0].Goal = "Know it exists";

        var diff = MapDiffer.Compare(before, after);

        var renamed = DiffAssert.Single(diff, ChangeKinds.Renamed, DiffSubjects.Stage);
        Assert.Equal(("Awareness", "Discover"), (renamed.From, renamed.To));
        Assert.Equal("Know it exists", DiffAssert.Single(diff, ChangeKinds.Added, DiffSubjects.Stage, "goal").To);
    }

    [Fact]
    public void Compare_StepMovedToOtherStage_MovedWithStageNames()
    {
        var (before, after) = Versions();
        var step = after.Stages[0].Steps[1];
        after.Stages[0].Steps.RemoveAt(1);
        after.Stages[1].Steps.Add(step);

        var diff = MapDiffer.Compare(before, after);

        var moved = DiffAssert.Single(diff, ChangeKinds.Moved, DiffSubjects.Step, "stage");
        Assert.Equal(("Awareness", "Trial"), (moved.From, moved.To));
        Assert.Equal("stg_trial", moved.After!.StageId);
        Assert.Single(diff.Changes);
    }

    [Fact]
    public void Compare_StepsSwappedInStage_OneMovedInPosition()
    {
        var (before, after) = Versions();
        after.Stages[0].Steps.Reverse();

        var diff = MapDiffer.Compare(before, after);

        DiffAssert.Single(diff, ChangeKinds.Moved, DiffSubjects.Step, "position");
        Assert.Single(diff.Changes);
    }

    [Fact]
    public void Compare_StepRenamedAndDescribed_RenamedAndDescriptionAdded()
    {
        var (before, after) = Versions();
        after.Stages[1].Steps[0].Name = "Starts the trial";
        after.Stages[1].Steps[0].Description = "Email and password";

        var diff = MapDiffer.Compare(before, after);

        Assert.Equal("Starts the trial", DiffAssert.Single(diff, ChangeKinds.Renamed, DiffSubjects.Step).To);
        DiffAssert.Single(diff, ChangeKinds.Added, DiffSubjects.Step, "description");
    }

    [Fact]
    public void Compare_LanesAddedRemovedMovedRenamed_EachOnce()
    {
        var (before, after) = Versions();
        after.Lanes.RemoveAt(1);
        after.Lanes.Add(new Lane { Id = "lan_extra", Kind = LaneKind.Questions, Title = "Open questions" });
        var first = after.Lanes[0];
        after.Lanes.RemoveAt(0);
        after.Lanes.Insert(5, first);
        after.Lanes[^2].Title = "Team data";

        var diff = MapDiffer.Compare(before, after);

        Assert.Equal("lan_extra", DiffAssert.Single(diff, ChangeKinds.Added, DiffSubjects.Lane).After!.LaneId);
        Assert.Equal("lan_touch", DiffAssert.Single(diff, ChangeKinds.Removed, DiffSubjects.Lane).Before!.LaneId);
        Assert.Equal("lan_do", DiffAssert.Single(diff, ChangeKinds.Moved, DiffSubjects.Lane).After!.LaneId);
        Assert.Equal(("Data", "Team data"), (DiffAssert.Single(diff, ChangeKinds.Renamed, DiffSubjects.Lane).From, "Team data"));
        Assert.Equal(4, diff.Changes.Count);
    }

    [Fact]
    public void Compare_PersonasAddedRemovedRenamed_Found()
    {
        var (before, after) = Versions();
        after.Personas[0].Name = "Ana Lopez";
        after.Personas.RemoveAt(1);
        after.Personas.Add(new Persona { Id = "per_cy", Name = "Cy" });

        var diff = MapDiffer.Compare(before, after);

        DiffAssert.Single(diff, ChangeKinds.Renamed, DiffSubjects.Persona);
        Assert.Equal("Ben", DiffAssert.Single(diff, ChangeKinds.Removed, DiffSubjects.Persona).From);
        Assert.Equal("per_cy", DiffAssert.Single(diff, ChangeKinds.Added, DiffSubjects.Persona).After!.PersonaId);
    }

    [Fact]
    public void Compare_MapFields_NameDescriptionScopeKind()
    {
        var (before, after) = Versions();
        after.Name = "Free trial to paid, 2027";
        after.Description = null;
        after.Kind = MapKind.FutureState;
        after.Scope.Goal = "Save an hour a week";
        after.Scope.Channels.Add("chat");

        var diff = MapDiffer.Compare(before, after);

        Assert.Equal("Free trial to paid, 2027", DiffAssert.Single(diff, ChangeKinds.Changed, DiffSubjects.Map, "name").To);
        DiffAssert.Single(diff, ChangeKinds.Removed, DiffSubjects.Map, "description");
        Assert.Equal(("currentState", "futureState"), (DiffAssert.Single(diff, ChangeKinds.Changed, DiffSubjects.Map, "kind").From, "futureState"));
        DiffAssert.Single(diff, ChangeKinds.Changed, DiffSubjects.Map, "scope.goal");
        Assert.Equal("web, email, chat", DiffAssert.Single(diff, ChangeKinds.Changed, DiffSubjects.Map, "scope.channels").To);
        Assert.Equal(5, diff.Changes.Count);
    }
}
