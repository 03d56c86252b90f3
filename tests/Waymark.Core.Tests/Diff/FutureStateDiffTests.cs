using Waymark.Core.Diff;
using Waymark.Core.Maps;
using Waymark.Core.Templates;

namespace Waymark.Core.Tests.Diff;

/// <summary>
/// A future state made from a current state the way the app makes one (a copy with fresh ids), then edited as a
/// team would: every kind of change is found, matched by name and position, and nothing else is reported.
/// </summary>
public sealed class FutureStateDiffTests
{
    private readonly JourneyMap _current = TemplateLibrary.Find("hotel-stay")!.Create();
    private readonly JourneyMap _future;

    public FutureStateDiffTests()
    {
        _future = MapCopier.Copy(_current, newIds: true);
        _future.Kind = MapKind.FutureState;
        _future.BasedOnMapId = _current.Id;
    }

    [Fact]
    public void Compare_UneditedFutureState_OnlyTheKind()
    {
        var diff = MapDiffer.Compare(_current, _future);

        Assert.Equal(DiffMatching.NamesAndPositions, diff.Matching);
        DiffAssert.Single(diff, ChangeKinds.Changed, DiffSubjects.Map, "kind");
        Assert.Single(diff.Changes);
    }

    [Fact]
    public void Compare_EditedFutureState_EveryChangeKindAndNothingElse()
    {
        var firstStage = _future.Stages[0];
        var lastStage = _future.Stages[^1];
        var movedStep = firstStage.Steps[^1];
        var removedStep = lastStage.Steps[0];
        var actions = _future.Lanes.First(l => l.Kind == LaneKind.Actions);
        var curve = _future.Lanes.First(l => l.Kind == LaneKind.EmotionCurve);
        var firstStep = firstStage.Steps[0];
        var point = curve.Cells[firstStep.Id].Emotions[0];

        _future.Kind = MapKind.FutureState;
        _future.Name = "Hotel stay, next year";
        firstStage.Name = "Planning the trip";                                                  // renamed
        firstStage.Steps.Remove(movedStep);                                                      // moved to another stage
        _future.Stages[1].Steps.Insert(0, movedStep);
        lastStage.Steps.Remove(removedStep);                                                     // removed
        lastStage.Steps.Add(new Step { Id = Ids.New("stp"), Name = "Rebooks in the app" });       // added
        actions.Cells[firstStep.Id].Text = "Books in two taps from the travel app";              // cell changed
        var oldScore = point.Score;
        point.Score = oldScore >= 1 ? -1 : 2;                                                    // emotion moved
        _future.Lanes.Add(new Lane { Id = Ids.New("lan"), Kind = LaneKind.Questions, Title = "Open questions" }); // lane added

        var diff = MapDiffer.Compare(_current, _future);

        DiffAssert.Single(diff, ChangeKinds.Changed, DiffSubjects.Map, "kind");
        DiffAssert.Single(diff, ChangeKinds.Changed, DiffSubjects.Map, "name");
        Assert.Equal("Planning the trip", DiffAssert.Single(diff, ChangeKinds.Renamed, DiffSubjects.Stage).To);
        var moved = DiffAssert.Single(diff, ChangeKinds.Moved, DiffSubjects.Step, "stage");
        Assert.Equal(movedStep.Id, moved.After!.StepId);
        Assert.Equal(removedStep.Name, DiffAssert.Single(diff, ChangeKinds.Removed, DiffSubjects.Step).From);
        Assert.Equal("Rebooks in the app", DiffAssert.Single(diff, ChangeKinds.Added, DiffSubjects.Step).To);
        var text = DiffAssert.Single(diff, ChangeKinds.Changed, DiffSubjects.Cell, "text");
        Assert.Equal((actions.Id, firstStep.Id), (text.After!.LaneId, text.After.StepId));
        Assert.NotEqual(text.Before!.StepId, text.After.StepId);
        Assert.Equal(DiffText(oldScore), DiffAssert.Single(diff, ChangeKinds.Moved, DiffSubjects.Emotion).From);
        DiffAssert.Single(diff, ChangeKinds.Added, DiffSubjects.Lane);
        Assert.True(diff.Changes.Count == 9, DiffAssert.Lines(diff));
    }

    private static string DiffText(int score) => score > 0 ? "+" + score : score.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
