namespace Waymark.Analytics.Attribution.Internals;

/// <summary>
/// Per-thread credits of the rule-based models for converting paths: first touch, last touch, linear (1/n per
/// touch), time decay (weight 2^(-age / half-life), age from the conversion, normalised per path) and position based
/// (40/20/40; one touch gets all, two touches 50/50). Each converting path hands out exactly one conversion per model.
/// </summary>
internal sealed class HeuristicTally(int players, long halfLifeTicks)
{
    public double[] First { get; } = new double[players];

    public double[] Last { get; } = new double[players];

    public double[] Linear { get; } = new double[players];

    public double[] Decay { get; } = new double[players];

    public double[] Position { get; } = new double[players];

    /// <summary>A converting path: its touches in time order (at least one) and their times.</summary>
    public void Add(ReadOnlySpan<int> path, ReadOnlySpan<long> ticks)
    {
        var n = path.Length;
        First[path[0]] += 1;
        Last[path[n - 1]] += 1;
        AddLinear(path);
        AddDecay(path, ticks);
        AddPosition(path);
    }

    public void Merge(HeuristicTally other)
    {
        for (var p = 0; p < First.Length; p++)
        {
            First[p] += other.First[p];
            Last[p] += other.Last[p];
            Linear[p] += other.Linear[p];
            Decay[p] += other.Decay[p];
            Position[p] += other.Position[p];
        }
    }

    private void AddLinear(ReadOnlySpan<int> path)
    {
        var share = 1.0 / path.Length;
        foreach (var player in path)
        {
            Linear[player] += share;
        }
    }

    /// <summary>
    /// Ages are measured from the last touch rather than the conversion: the ratio of two weights is the same, and
    /// the largest weight is 1, so a path long before its conversion cannot underflow to all zeros.
    /// </summary>
    private void AddDecay(ReadOnlySpan<int> path, ReadOnlySpan<long> ticks)
    {
        var latest = ticks[^1];
        var total = 0.0;
        for (var i = 0; i < path.Length; i++)
        {
            total += Weight(latest - ticks[i]);
        }

        for (var i = 0; i < path.Length; i++)
        {
            Decay[path[i]] += Weight(latest - ticks[i]) / total;
        }
    }

    private double Weight(long age) => Math.Pow(2, -(double)age / halfLifeTicks);

    private void AddPosition(ReadOnlySpan<int> path)
    {
        var n = path.Length;
        if (n == 1)
        {
            Position[path[0]] += 1;
            return;
        }

        if (n == 2)
        {
            Position[path[0]] += 0.5;
            Position[path[1]] += 0.5;
            return;
        }

        Position[path[0]] += 0.4;
        Position[path[n - 1]] += 0.4;
        var middle = 0.2 / (n - 2);
        for (var i = 1; i < n - 1; i++)
        {
            Position[path[i]] += middle;
        }
    }
}
