using System.Runtime.InteropServices;

namespace Waymark.Analytics.Attribution.Internals;

/// <summary>
/// Per-thread transition counts of the touch paths, first and second order, in state codes: a player index,
/// <see cref="Start"/>, <see cref="Conversion"/> or <see cref="Null"/>. First order keys are (from, to); second
/// order keys are (a, b, c): from the state "at b, having come from a" (a = Start for a path's first touch; a = b =
/// Start is the start state) to "at c, from b", or to an absorbing state when c is one. With few players (up to
/// 37: 40^3 second order keys) the counts go to flat arrays indexed by key, a dictionary look-up per touch being most
/// of the pass; <see cref="Flush"/> moves them into the dictionaries.
/// </summary>
internal sealed class MarkovCounts(int players)
{
    private const long MaxDense = 40 * 40 * 40;

    private readonly long _base = players + 3;
    private readonly long[]? _first = Dense(players, 2);
    private readonly long[]? _second = Dense(players, 3);

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
            Count(_first, First, (b * _base) + c);
            Count(_second, Second, (((a * _base) + b) * _base) + c);
            (a, b) = (b, c);
        }
    }

    public void Merge(MarkovCounts other)
    {
        other.Flush();
        foreach (var (key, count) in other.First)
        {
            Increment(First, key, count);
        }

        foreach (var (key, count) in other.Second)
        {
            Increment(Second, key, count);
        }
    }

    /// <summary>Moves the flat arrays' counts into <see cref="First"/> and <see cref="Second"/> (before reading them).</summary>
    public void Flush()
    {
        FlushInto(_first, First);
        FlushInto(_second, Second);
    }

    /// <summary>Splits a first order key into (from, to).</summary>
    public (int From, int To) Pair(long key) => ((int)(key / _base), (int)(key % _base));

    /// <summary>Splits a second order key into (a, b, c).</summary>
    public (int A, int B, int C) Triple(long key) => ((int)(key / _base / _base), (int)(key / _base % _base), (int)(key % _base));

    private static long[]? Dense(int players, int power)
    {
        var size = (long)Math.Pow(players + 3, power);
        return Math.Pow(players + 3, 3) <= MaxDense ? new long[size] : null;
    }

    private static void Count(long[]? dense, Dictionary<long, long> counts, long key)
    {
        if (dense is null)
        {
            Increment(counts, key);
            return;
        }

        dense[key]++;
    }

    private static void FlushInto(long[]? dense, Dictionary<long, long> counts)
    {
        if (dense is null)
        {
            return;
        }

        for (var key = 0; key < dense.Length; key++)
        {
            if (dense[key] != 0)
            {
                Increment(counts, key, dense[key]);
                dense[key] = 0;
            }
        }
    }

    private static void Increment(Dictionary<long, long> counts, long key, long by = 1) =>
        CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _) += by;
}
