using Waymark.Core.Maps;
using Waymark.Core.Personas;

namespace Waymark.Core.Diff.Internals;

/// <summary>Personas, stages and lanes added, removed, moved and renamed (steps: <see cref="StepDiffer"/>).</summary>
internal static class StructureDiffer
{
    public static void Personas(MapPairing maps, ChangeList changes)
    {
        var kept = KeptFlags(maps.Before.Personas, maps.After.Personas, maps.Personas);
        foreach (var (before, after) in Merged.Of(maps.Before.Personas, maps.After.Personas, maps.Personas))
        {
            var was = before is null ? null : Place(maps.Before.Personas, before);
            var now = after is null ? null : Place(maps.After.Personas, after);
            Common(changes, DiffSubjects.Persona, "Persona", before?.Name, after?.Name, was, now, after is not null && !kept.Contains(after));
        }
    }

    public static void Stages(MapPairing maps, ChangeList changes)
    {
        var kept = KeptFlags(maps.Before.Stages, maps.After.Stages, maps.Stages);
        foreach (var (before, after) in Merged.Of(maps.Before.Stages, maps.After.Stages, maps.Stages))
        {
            var was = before is null ? null : new DiffPlace(StageId: before.Id, Index: maps.Before.Stages.IndexOf(before));
            var now = after is null ? null : new DiffPlace(StageId: after.Id, Index: maps.After.Stages.IndexOf(after));
            Common(changes, DiffSubjects.Stage, "Stage", before?.Name, after?.Name, was, now, after is not null && !kept.Contains(after));
            if (before is not null && after is not null)
            {
                var label = $"Stage {DiffText.Quote(after.Name)}";
                changes.Value(DiffSubjects.Stage, "description", label + " description", before.Description, after.Description, was, now);
                changes.Value(DiffSubjects.Stage, "goal", label + " goal", before.Goal, after.Goal, was, now);
            }
        }
    }

    public static void Lanes(MapPairing maps, ChangeList changes)
    {
        var kept = KeptFlags(maps.Before.Lanes, maps.After.Lanes, maps.Lanes);
        foreach (var (before, after) in Merged.Of(maps.Before.Lanes, maps.After.Lanes, maps.Lanes))
        {
            var was = before is null ? null : new DiffPlace(LaneId: before.Id, Index: maps.Before.Lanes.IndexOf(before));
            var now = after is null ? null : new DiffPlace(LaneId: after.Id, Index: maps.After.Lanes.IndexOf(after));
            Common(changes, DiffSubjects.Lane, "Lane", before?.Title, after?.Title, was, now, after is not null && !kept.Contains(after));
            if (before is not null && after is not null && before.Kind != after.Kind)
            {
                changes.Add(ChangeKinds.Changed, DiffSubjects.Lane, "kind",
                    $"Lane {DiffText.Quote(after.Title)} kind changed: {DiffText.Name(before.Kind)} → {DiffText.Name(after.Kind)}",
                    was, now, DiffText.Name(before.Kind), DiffText.Name(after.Kind));
            }
        }
    }

    /// <summary>Added, removed, moved (position) and renamed, the same for every kind of part.</summary>
    internal static void Common(ChangeList changes, string subject, string noun, string? before, string? after, DiffPlace? was, DiffPlace? now, bool moved)
    {
        if (was is null)
        {
            changes.Add(ChangeKinds.Added, subject, null, $"{noun} {DiffText.Quote(after)} added", null, now, null, after);
            return;
        }

        if (now is null)
        {
            changes.Add(ChangeKinds.Removed, subject, null, $"{noun} {DiffText.Quote(before)} removed", was, null, before, null);
            return;
        }

        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(ChangeKinds.Renamed, subject, "name", $"{noun} {DiffText.Quote(before)} renamed to {DiffText.Quote(after)}", was, now, before, after);
        }

        if (moved)
        {
            var from = DiffText.Position(was.Index ?? 0);
            var to = DiffText.Position(now.Index ?? 0);
            changes.Add(ChangeKinds.Moved, subject, "position", $"{noun} {DiffText.Quote(after)} moved from position {from} to {to}", was, now, from, to);
        }
    }

    /// <summary>The after items that kept their relative order; the other paired ones moved.</summary>
    internal static HashSet<T> KeptFlags<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Pairing<T> pairing)
        where T : class
    {
        var paired = new List<T>();
        var indexes = new List<int>();
        foreach (var item in after)
        {
            if (pairing.BeforeOf(item) is { } partner)
            {
                paired.Add(item);
                indexes.Add(IndexOf(before, partner));
            }
        }

        var flags = KeptOrder.Kept(indexes);
        var kept = new HashSet<T>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < paired.Count; i++)
        {
            if (flags[i]) kept.Add(paired[i]);
        }

        return kept;
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, T item)
        where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item)) return i;
        }

        return -1;
    }

    private static DiffPlace Place(List<Persona> personas, Persona persona) => new(PersonaId: persona.Id, Index: personas.IndexOf(persona));
}
