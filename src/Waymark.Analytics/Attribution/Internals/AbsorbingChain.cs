namespace Waymark.Analytics.Attribution.Internals;

/// <summary>
/// An absorbing Markov chain over transient states (state 0 is the start) with two absorbing states, conversion and
/// null, built from transition counts. Each transient state lists the players it stands for; removing a player
/// sends every transition into its states to null. The probability of conversion from the start is the solution of
/// (I - Q) x = r, where Q holds the transient-to-transient probabilities and r those into conversion.
/// </summary>
internal sealed class AbsorbingChain
{
    private readonly List<(int From, int To, long Count)> _edges = [];
    private readonly List<long> _out = [];

    /// <summary>Players of each transient state (a player index; -1: none).</summary>
    public List<(int P1, int P2)> StatePlayers { get; } = [];

    public int StateCount => StatePlayers.Count;

    /// <summary>Absorbing targets of <see cref="AddEdge"/>.</summary>
    public const int ToConversion = -1;

    public const int ToNull = -2;

    public int AddState(int p1, int p2)
    {
        StatePlayers.Add((p1, p2));
        _out.Add(0);
        return StatePlayers.Count - 1;
    }

    public void AddEdge(int from, int to, long count)
    {
        _edges.Add((from, to, count));
        _out[from] += count;
    }

    /// <summary>P(conversion) from the start with <paramref name="removed"/> taken out (-1: none removed).</summary>
    public double ConversionProbability(int removed)
    {
        var index = new int[StateCount];
        var kept = 0;
        for (var s = 0; s < StateCount; s++)
        {
            var (p1, p2) = StatePlayers[s];
            index[s] = removed >= 0 && (p1 == removed || p2 == removed) ? -1 : kept++;
        }

        var a = new double[kept, kept];
        var r = new double[kept];
        for (var s = 0; s < StateCount; s++)
        {
            if (index[s] >= 0)
            {
                a[index[s], index[s]] = 1;
            }
        }

        foreach (var (from, to, count) in _edges)
        {
            var i = index[from];
            if (i < 0)
            {
                continue;
            }

            var p = (double)count / _out[from];
            if (to == ToConversion)
            {
                r[i] += p;
            }
            else if (to >= 0 && index[to] >= 0)
            {
                a[i, index[to]] -= p;
            }
        }

        return kept == 0 ? 0 : LinearSolve.Solve(a, r)[0];
    }
}
