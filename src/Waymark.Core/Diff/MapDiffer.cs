using Waymark.Core.Diff.Internals;
using Waymark.Core.Maps;

namespace Waymark.Core.Diff;

/// <summary>
/// Compares two journey maps part by part: what a reader of the map would call a change (a step renamed, a cell's
/// text rewritten, an emotion score moved), not a text diff of the files. Pure and deterministic: the same two
/// maps give the same changes in the same (map) order.
/// </summary>
public static class MapDiffer
{
    /// <summary>What changed from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static MapDiff Compare(JourneyMap before, JourneyMap after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var maps = new MapPairing(before, after);
        var changes = new ChangeList();
        MapFieldsDiffer.Fields(before, after, changes);
        StructureDiffer.Personas(maps, changes);
        StructureDiffer.Stages(maps, changes);
        StepDiffer.Steps(maps, changes);
        StructureDiffer.Lanes(maps, changes);
        CellDiffer.Cells(maps, changes);
        return new MapDiff(maps.Matching, changes.Items);
    }
}
