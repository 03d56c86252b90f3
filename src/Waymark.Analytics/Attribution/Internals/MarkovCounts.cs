using System.Runtime.InteropServices;

namespace Waymark.Analytics.Attribution.Internals;

/// <summary>
/// Per-thread transition counts of the touch paths, first and second order, in state codes: a player index,
/// <see cref="Start"/>, <see cref="Conversion"/> or <see cref="Null"/>. First order keys are (from, to); second
/// order keys are (a, b, c): from the state "at b, having come from a" (a = Start for a path's first touch; a = b =
/// Start is the start state) to "at c, from b", or to an absorbing state when c is one.
/// </summary>
internal sealed class MarkovCounts(int players)
{
    private readonly long _base = players + 3;

    public int Players { get; } = players;

    public int Start => Players;

    public int Conversion => Players + 1;

    public int Null => Players + 2;

    public Dictionary<long, long> First { get; } = [];

    public Dictionary<long, long> Second { get; } = [];

    /// <summary>A path of at least one touch, ending in conversion or not.</summary>
    public void Add(ReadOnlySpan<int> path, bool converted)
    {
        var end = converted ? Conversion : Null;
        var (a, b) = (Start, Start);
        for (var i = 0; i <= path.Length; i++)
        {
            var c = i < path.Length ? path[i] : end;
            Increment(First, (b * _base) + c);
            Increment(Second, (((a * _base) + b) * _base) + c);
            (a, b) = (b, c);
        }
    }

    public void Merge(MarkovCounts other)
    {
        foreach (var (key, count) in other.First)
        {
            Increment(First, key, count);
        }

        foreach (var (key, count) in other.Second)
        {
            Increment(Second, key, count);
        }
    }

    /// <summary>Splits a first order key into (from, to).</summary>
    public (int From, int To) Pair(long key) => ((int)(key / _base), (int)(key % _base));

    /// <summary>Splits a second order key into (a, b, c).</summary>
    public (int A, int B, int C) Triple(long key) => ((int)(key / _base / _base), (int)(key / _base % _base), (int)(key % _base));

    private static void Increment(Dictionary<long, long> counts, long key, long by = 1) =>
        CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _) += by;
}
