using Waymark.Core.Maps;

namespace Waymark.Render.Layout;

/// <summary>
/// Which service lines run above which lane, by the lane's index among the lanes drawn. Each line is drawn only where
/// lanes on both of its sides are on the map, so a plain journey map gets none. The rules are the editor's
/// (web/src/features/map/state/serviceLines.ts): a poster and the screen show the same lines.
/// </summary>
public static class ServiceLines
{
    public static IReadOnlyDictionary<int, IReadOnlyList<ServiceLine>> Above(IReadOnlyList<LaneKind> kinds)
    {
        var lines = new Dictionary<int, List<ServiceLine>>();
        void Add(int index, ServiceLine line)
        {
            if (!lines.TryGetValue(index, out var list))
            {
                lines[index] = list = [];
            }

            list.Add(line);
        }

        var firstBelow = IndexOf(kinds, IsBelowVisibility);
        var frontstage = IndexOf(kinds, k => k == LaneKind.Frontstage);
        var aboveVisibility = firstBelow < 0 || frontstage < firstBelow;
        if (frontstage > 0 && aboveVisibility && kinds.Take(frontstage).Any(IsCustomerSide))
        {
            Add(frontstage, ServiceLine.Interaction);
        }

        if (firstBelow > 0)
        {
            Add(firstBelow, ServiceLine.Visibility);
        }

        var support = IndexOf(kinds, k => k == LaneKind.SupportProcesses);
        if (firstBelow >= 0 && support > firstBelow && kinds.Skip(firstBelow).Take(support - firstBelow).Contains(LaneKind.Backstage))
        {
            Add(support, ServiceLine.InternalInteraction);
        }

        return lines.ToDictionary(p => p.Key, p => (IReadOnlyList<ServiceLine>)p.Value);
    }

    private static bool IsBelowVisibility(LaneKind kind) => kind is LaneKind.Backstage or LaneKind.SupportProcesses;

    private static bool IsCustomerSide(LaneKind kind) => kind != LaneKind.Frontstage && !IsBelowVisibility(kind);

    private static int IndexOf(IReadOnlyList<LaneKind> kinds, Func<LaneKind, bool> match)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (match(kinds[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
