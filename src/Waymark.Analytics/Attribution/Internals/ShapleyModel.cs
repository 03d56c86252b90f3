using System.Numerics;

namespace Waymark.Analytics.Attribution.Internals;

/// <summary>
/// Shapley values of the game whose value of a coalition S is the conversions of customers whose touch set is a
/// subset of S (docs/adr/051-attribution.md). Exact over all coalitions up to <see cref="MaxExactPlayers"/> players
/// in the game (those in some converting touch set); above, the mean marginal contribution over
/// <see cref="Permutations"/> random orderings drawn with a fixed seed, with an error bound of 4 standard errors.
/// </summary>
internal static class ShapleyModel
{
    public const int MaxExactPlayers = 12;

    public const int Permutations = 20_000;

    public const int Seed = 19;

    /// <summary>Credits per universe player, permutations sampled (null: exact), and the error bound (0 when exact).</summary>
    public static (double[] Credits, int? Sampled, double Error) Compute(Dictionary<ulong, long> sets, int players)
    {
        var union = 0UL;
        foreach (var set in sets.Keys)
        {
            union |= set;
        }

        var game = new List<int>();
        for (var p = 0; p < players; p++)
        {
            if ((union >> p & 1) != 0)
            {
                game.Add(p);
            }
        }

        var local = Localise(sets, game);
        var credits = new double[players];
        var (values, sampled, error) = game.Count <= MaxExactPlayers
            ? (Exact(local, game.Count), (int?)null, 0.0)
            : Sample(local, game.Count);
        for (var i = 0; i < game.Count; i++)
        {
            credits[game[i]] = values[i];
        }

        return (credits, sampled, error);
    }

    /// <summary>Touch sets rewritten over the game's players 0..n-1, as member lists with their counts, in key order.</summary>
    private static (int[] Members, long Count)[] Localise(Dictionary<ulong, long> sets, List<int> game)
    {
        var keys = sets.Keys.ToArray();
        Array.Sort(keys);
        return [.. keys.Select(set => (Members: Enumerable.Range(0, game.Count).Where(i => (set >> game[i] & 1) != 0).ToArray(), Count: sets[set]))];
    }

    /// <summary>phi_i = sum over S without i of |S|! (n - |S| - 1)! / n! (v(S + i) - v(S)), v from a subset-sum table.</summary>
    private static double[] Exact((int[] Members, long Count)[] sets, int n)
    {
        var v = new double[1 << n];
        foreach (var (members, count) in sets)
        {
            v[members.Aggregate(0, (mask, i) => mask | (1 << i))] += count;
        }

        for (var bit = 0; bit < n; bit++)
        {
            for (var mask = 0; mask < v.Length; mask++)
            {
                if ((mask >> bit & 1) != 0)
                {
                    v[mask] += v[mask ^ (1 << bit)];
                }
            }
        }

        var weight = new double[n];
        for (var s = 0; s < n; s++)
        {
            weight[s] = Factorial(s) * Factorial(n - s - 1) / Factorial(n);
        }

        var phi = new double[n];
        for (var mask = 0; mask < v.Length; mask++)
        {
            var size = BitOperations.PopCount((uint)mask);
            for (var i = 0; i < n; i++)
            {
                if ((mask >> i & 1) == 0)
                {
                    phi[i] += weight[size] * (v[mask | (1 << i)] - v[mask]);
                }
            }
        }

        return phi;
    }

    /// <summary>
    /// In one ordering a touch set's conversions are the marginal contribution of its member that comes last, so a
    /// sample costs one pass over the distinct sets; each ordering hands out every conversion exactly once.
    /// </summary>
    private static (double[], int?, double) Sample((int[] Members, long Count)[] sets, int n)
    {
        var random = new Random(Seed);
        var order = Enumerable.Range(0, n).ToArray();
        var position = new int[n];
        var marginal = new double[n];
        var sum = new double[n];
        var squares = new double[n];
        for (var k = 0; k < Permutations; k++)
        {
            random.Shuffle(order);
            for (var i = 0; i < n; i++)
            {
                position[order[i]] = i;
            }

            Array.Clear(marginal);
            foreach (var (members, count) in sets)
            {
                var last = members[0];
                foreach (var m in members)
                {
                    last = position[m] > position[last] ? m : last;
                }

                marginal[last] += count;
            }

            for (var i = 0; i < n; i++)
            {
                sum[i] += marginal[i];
                squares[i] += marginal[i] * marginal[i];
            }
        }

        var mean = sum.Select(s => s / Permutations).ToArray();
        var error = 0.0;
        for (var i = 0; i < n; i++)
        {
            var variance = Math.Max(0, (squares[i] / Permutations) - (mean[i] * mean[i])) * Permutations / (Permutations - 1);
            error = Math.Max(error, 4 * Math.Sqrt(variance / Permutations));
        }

        return (mean, Permutations, error);
    }

    private static double Factorial(int n)
    {
        var f = 1.0;
        for (var i = 2; i <= n; i++)
        {
            f *= i;
        }

        return f;
    }
}
