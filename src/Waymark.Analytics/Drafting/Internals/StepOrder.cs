namespace Waymark.Analytics.Drafting.Internals;

/// <summary>
/// Orders the chosen activities as the journey's steps. Each activity scores one point for every other activity it
/// precedes for most customers who do both, and loses one for every activity that precedes it (a Copeland ranking of
/// the precedence graph). Ties go by position in the most common path, then by reach, then by name.
/// </summary>
internal static class StepOrder
{
    public static List<DraftActivity> Sort(IReadOnlyList<DraftActivity> chosen, long[,] before, IReadOnlyList<string> commonPath)
    {
        var score = new int[chosen.Count];
        for (var a = 0; a < chosen.Count; a++)
        {
            for (var b = 0; b < chosen.Count; b++)
            {
                score[a] += Math.Sign(before[a, b] - before[b, a]);
            }
        }

        var slots = Enumerable.Range(0, chosen.Count).ToList();
        slots.Sort((x, y) =>
        {
            if (score[x] != score[y])
            {
                return score[y].CompareTo(score[x]);
            }

            var (px, py) = (PathPosition(commonPath, chosen[x].Name), PathPosition(commonPath, chosen[y].Name));
            return px != py ? px.CompareTo(py)
                : chosen[x].Customers != chosen[y].Customers ? chosen[y].Customers.CompareTo(chosen[x].Customers)
                : string.CompareOrdinal(chosen[x].Name, chosen[y].Name);
        });
        return [.. slots.Select(s => chosen[s])];
    }

    private static int PathPosition(IReadOnlyList<string> path, string activity)
    {
        for (var i = 0; i < path.Count; i++)
        {
            if (string.Equals(path[i], activity, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
