using Waymark.Core.Maps;

namespace Waymark.Core.Diff.Internals;

/// <summary>Steps added, removed, renamed, moved to another stage or to another position in their stage.</summary>
internal static class StepDiffer
{
    public static void Steps(MapPairing maps, ChangeList changes)
    {
        var kept = KeptInStage(maps);
        foreach (var (before, after) in Merged.Of(maps.BeforeSteps, maps.AfterSteps, maps.Steps))
        {
            var was = before is null ? null : Place(maps, before);
            var now = after is null ? null : Place(maps, after);
            if (before is null)
            {
                var stage = maps.StageOf(after!);
                changes.Add(ChangeKinds.Added, DiffSubjects.Step, null,
                    $"Step {DiffText.Quote(after!.Name)} added to stage {DiffText.Quote(stage.Name)}", null, now, null, after.Name);
                continue;
            }

            if (after is null)
            {
                var stage = maps.StageOf(before);
                var partner = maps.Stages.AfterOf(stage);

                // Where the removed step would stand in the after map: the stage it was in, if that stage is still there.
                now = partner is null ? null : new DiffPlace(StageId: partner.Id, Index: was!.Index);
                changes.Add(ChangeKinds.Removed, DiffSubjects.Step, null,
                    $"Step {DiffText.Quote(before.Name)} removed from stage {DiffText.Quote(stage.Name)}", was, now, before.Name, null);
                continue;
            }

            Paired(maps, changes, before, after, was!, now!, kept.Contains(after));
        }
    }

    private static void Paired(MapPairing maps, ChangeList changes, Step before, Step after, DiffPlace was, DiffPlace now, bool keptPlace)
    {
        if (!string.Equals(before.Name, after.Name, StringComparison.Ordinal))
        {
            changes.Add(ChangeKinds.Renamed, DiffSubjects.Step, "name",
                $"Step {DiffText.Quote(before.Name)} renamed to {DiffText.Quote(after.Name)}", was, now, before.Name, after.Name);
        }

        var oldStage = maps.StageOf(before);
        var newStage = maps.StageOf(after);
        if (!ReferenceEquals(maps.Stages.AfterOf(oldStage), newStage))
        {
            changes.Add(ChangeKinds.Moved, DiffSubjects.Step, "stage",
                $"Step {DiffText.Quote(after.Name)} moved from stage {DiffText.Quote(oldStage.Name)} to stage {DiffText.Quote(newStage.Name)}",
                was, now, oldStage.Name, newStage.Name);
        }
        else if (!keptPlace)
        {
            var from = DiffText.Position(was.Index ?? 0);
            var to = DiffText.Position(now.Index ?? 0);
            changes.Add(ChangeKinds.Moved, DiffSubjects.Step, "position",
                $"Step {DiffText.Quote(after.Name)} moved from position {from} to {to} in stage {DiffText.Quote(newStage.Name)}", was, now, from, to);
        }

        changes.Value(DiffSubjects.Step, "description", $"Step {DiffText.Quote(after.Name)} description", before.Description, after.Description, was, now);
    }

    /// <summary>Per after stage, the steps that stayed in it and kept their order among the others that stayed.</summary>
    private static HashSet<Step> KeptInStage(MapPairing maps)
    {
        var kept = new HashSet<Step>(ReferenceEqualityComparer.Instance);
        foreach (var stage in maps.After.Stages)
        {
            if (maps.Stages.BeforeOf(stage) is not { } partner)
            {
                continue;
            }

            var stayed = new Pairing<Step>();
            foreach (var step in stage.Steps)
            {
                if (maps.Steps.BeforeOf(step) is { } old && ReferenceEquals(maps.StageOf(old), partner))
                {
                    stayed.Pair(old, step);
                }
            }

            kept.UnionWith(StructureDiffer.KeptFlags(partner.Steps, stage.Steps, stayed));
        }

        return kept;
    }

    private static DiffPlace Place(MapPairing maps, Step step) =>
        new(StageId: maps.StageOf(step).Id, StepId: step.Id, Index: maps.IndexOf(step));
}
