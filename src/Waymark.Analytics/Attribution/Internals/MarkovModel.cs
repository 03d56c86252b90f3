namespace Waymark.Analytics.Attribution.Internals;

/// <summary>
/// Markov removal effects, exact from the absorbing chain of the touch paths: RE(p) = 1 - P(conversion with p
/// removed) / P(conversion). A chain with more than <see cref="MaxStates"/> transient states is not solved (one
/// dense elimination per player costs states^3 / 3): the model is then reported as not computed.
/// </summary>
internal static class MarkovModel
{
    public const int MaxStates = 300;

    /// <summary>Transient states of the chain (start included) and the removal effect of each player (0 when absent), or null effects beyond the limit.</summary>
    public static (int States, double[]? Effects) RemovalEffects(MarkovCounts counts, int order)
    {
        counts.Flush();
        var chain = order == 1 ? FirstOrder(counts) : SecondOrder(counts);
        if (chain.StateCount > MaxStates)
        {
            return (chain.StateCount, null);
        }

        var effects = new double[counts.Players];
        var full = chain.ConversionProbability(-1);
        if (full <= 0)
        {
            return (chain.StateCount, effects);
        }

        var present = new bool[counts.Players];
        foreach (var (p1, p2) in chain.StatePlayers)
        {
            MarkPresent(present, p1);
            MarkPresent(present, p2);
        }

        for (var p = 0; p < counts.Players; p++)
        {
            effects[p] = present[p] ? Math.Clamp(1 - (chain.ConversionProbability(p) / full), 0, 1) : 0;
        }

        return (chain.StateCount, effects);
    }

    private static void MarkPresent(bool[] present, int player)
    {
        if (player >= 0)
        {
            present[player] = true;
        }
    }

    private static AbsorbingChain FirstOrder(MarkovCounts counts)
    {
        var chain = new AbsorbingChain();
        var ids = new Dictionary<int, int> { [counts.Start] = chain.AddState(-1, -1) };
        foreach (var key in Sorted(counts.First.Keys))
        {
            var (from, _) = counts.Pair(key);
            if (!ids.ContainsKey(from))
            {
                ids[from] = chain.AddState(from, -1);
            }
        }

        foreach (var key in Sorted(counts.First.Keys))
        {
            var (from, to) = counts.Pair(key);
            chain.AddEdge(ids[from], Target(counts, to, ids), counts.First[key]);
        }

        return chain;
    }

    private static AbsorbingChain SecondOrder(MarkovCounts counts)
    {
        var chain = new AbsorbingChain();
        var ids = new Dictionary<(int, int), int> { [(counts.Start, counts.Start)] = chain.AddState(-1, -1) };
        foreach (var key in Sorted(counts.Second.Keys))
        {
            var (a, b, _) = counts.Triple(key);
            if (!ids.ContainsKey((a, b)))
            {
                ids[(a, b)] = chain.AddState(a == counts.Start ? -1 : a, b);
            }
        }

        foreach (var key in Sorted(counts.Second.Keys))
        {
            var (a, b, c) = counts.Triple(key);
            var to = c == counts.Conversion ? AbsorbingChain.ToConversion
                : c == counts.Null ? AbsorbingChain.ToNull
                : ids[(b, c)];
            chain.AddEdge(ids[(a, b)], to, counts.Second[key]);
        }

        return chain;
    }

    private static int Target(MarkovCounts counts, int to, Dictionary<int, int> ids) =>
        to == counts.Conversion ? AbsorbingChain.ToConversion : to == counts.Null ? AbsorbingChain.ToNull : ids[to];

    /// <summary>Keys in order, so the states and the sums are the same whatever order the threads merged in.</summary>
    private static long[] Sorted(IEnumerable<long> keys)
    {
        var sorted = keys.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
