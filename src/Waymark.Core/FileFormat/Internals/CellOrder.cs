using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>
/// The order cells are written in: the map's step order, then cells keyed to unknown steps in ordinal order, so
/// the output never depends on dictionary insertion order.
/// </summary>
internal static class CellOrder
{
    public static List<string> Keys<T>(Dictionary<string, T> cells, JourneyMap map)
    {
        var keys = new List<string>(cells.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in map.Stages)
        {
            foreach (var step in stage?.Steps ?? [])
            {
                if (step?.Id is { } id && cells.ContainsKey(id) && seen.Add(id))
                {
                    keys.Add(id);
                }
            }
        }

        var rest = new List<string>();
        foreach (var key in cells.Keys)
        {
            if (!seen.Contains(key))
            {
                rest.Add(key);
            }
        }

        rest.Sort(StringComparer.Ordinal);
        keys.AddRange(rest);
        return keys;
    }
}
