using Waymark.Core.Diff;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Core.Tests.Builders;

namespace Waymark.Core.Tests.Diff;

/// <summary>Input a diff must survive: markup in names, empty maps, maps at the format's limits.</summary>
public sealed class HostileDiffTests
{
    [Fact]
    public void Compare_ScriptTagInNames_KeptAsText()
    {
        var before = MapBuilder.Sample().Build();
        var after = MapCopier.Copy(before, newIds: false);
        after.Stages[0].Name = "<script>alert(1)</script>";

        var change = DiffAssert.Single(MapDiffer.Compare(before, after), ChangeKinds.Renamed, DiffSubjects.Stage);

        Assert.Equal("<script>alert(1)</script>", change.To);
        Assert.Contains("\"<script>alert(1)</script>\"", change.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_EmptyMaps_NoDifferences()
    {
        DiffAssert.Empty(MapDiffer.Compare(new JourneyMap(), new JourneyMap()));
        DiffAssert.Empty(MapDiffer.Compare(new JourneyMap { Id = "a" }, new JourneyMap { Id = "b" }));
    }

    [Fact]
    public void Compare_EmptyAgainstFull_EverythingAdded()
    {
        var full = MapBuilder.Sample().Build();
        var empty = new JourneyMap { Id = "map_empty", Name = full.Name, Description = full.Description, Scope = full.Scope };

        var diff = MapDiffer.Compare(empty, full);

        Assert.All(diff.Changes, c => Assert.Equal(ChangeKinds.Added, c.Kind));
        Assert.Equal(full.Stages.Count, diff.Changes.Count(c => c.Subject == DiffSubjects.Stage));
        Assert.Equal(full.StepCount(), diff.Changes.Count(c => c.Subject == DiffSubjects.Step));
        Assert.Equal(full.Lanes.Count, diff.Changes.Count(c => c.Subject == DiffSubjects.Lane));
        Assert.DoesNotContain(diff.Changes, c => c.Subject == DiffSubjects.Cell);
    }

    [Fact]
    public void Compare_MapsAtLimits_EveryStepRenamedAndLongTextCut()
    {
        var before = AtLimits("Step ");
        var after = AtLimits("Moment ");
        after.Lanes[0].Cells[after.Stages[0].Steps[0].Id].Text = new string('y', MapLimits.MaxTextLength);

        var diff = MapDiffer.Compare(before, after);

        Assert.Equal(MapLimits.MaxSteps, diff.Changes.Count(c => c.Kind == ChangeKinds.Renamed && c.Subject == DiffSubjects.Step));
        var text = DiffAssert.Single(diff, ChangeKinds.Changed, DiffSubjects.Cell, "text");
        Assert.True(text.To!.Length <= 1000 && text.From!.Length <= 1000);
        Assert.True(text.Summary.Length < 300);
    }

    private static JourneyMap AtLimits(string stepName)
    {
        var map = new JourneyMap { Id = "map_big", Name = "Big" };
        var stage = new Stage { Id = "stg_all", Name = "All" };
        for (var i = 0; i < MapLimits.MaxSteps; i++)
        {
            stage.Steps.Add(new Step { Id = $"stp_{i}", Name = stepName + i });
        }

        map.Stages.Add(stage);
        var lane = new Lane { Id = "lan_do", Kind = LaneKind.Actions, Title = "Does" };
        lane.Cells[stage.Steps[0].Id] = new Cell { Text = new string('x', MapLimits.MaxTextLength) };
        map.Lanes.Add(lane);
        return map;
    }
}
