namespace Waymark.Core.Diff.Internals;

/// <summary>
/// Which paired items count as moved: all but a longest run that kept its relative order. Inserting one stage at
/// the front shifts every index but moves nothing; swapping two moves one of them.
/// </summary>
internal static class KeptOrder
{
    /// <summary>
    /// <paramref name="beforeIndexes"/>: for each paired item in after order, its index in the before list.
    /// Returns, for each, whether it is in the longest increasing run (kept its place).
    /// </summary>
    public static bool[] Kept(IReadOnlyList<int> beforeIndexes)
    {
        var n = beforeIndexes.Count;
        var kept = new bool[n];
        if (n == 0)
        {
            return kept;
        }

        // Patience sorting: tails[k] = index (into beforeIndexes) of the smallest tail of a run of length k+1.
        var tails = new List<int>();
        var previous = new int[n];
        for (var i = 0; i < n; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (beforeIndexes[tails[mid]] < beforeIndexes[i]) lo = mid + 1;
                else hi = mid;
            }

            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count) tails.Add(i);
            else tails[lo] = i;
        }

        for (var i = tails[^1]; i >= 0; i = previous[i])
        {
            kept[i] = true;
        }

        return kept;
    }
}
