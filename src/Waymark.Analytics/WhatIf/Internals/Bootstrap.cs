namespace Waymark.Analytics.WhatIf.Internals;

/// <summary>
/// The percentile bootstrap of a what-if answer: each resample draws as many customers as entered the funnel, with
/// replacement, and evaluates the model on them. Resample r draws from its own generator seeded by (seed, r), so the
/// answer does not depend on how the resamples are spread over the cores. The interval is the 2.5% and 97.5%
/// quantiles of the resampled values (linear between order statistics).
/// </summary>
internal static class Bootstrap
{
    public static (double Low, double High, double ChangeLow, double ChangeHigh) Interval(
        WhatIfModel model, int resamples, ulong seed, CancellationToken ct)
    {
        var projected = new double[resamples];
        var change = new double[resamples];
        var options = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, resamples, options, () => (Weights: new int[model.Count], Scratch: model.NewScratch()), (r, _, local) =>
        {
            Draw(local.Weights, seed, (ulong)r);
            var (outcome, gain) = model.Evaluate(local.Weights, local.Scratch);
            (projected[r], change[r]) = (outcome + gain, gain);
            return local;
        }, _ => { });
        Array.Sort(projected);
        Array.Sort(change);
        return (Quantile(projected, 0.025), Quantile(projected, 0.975), Quantile(change, 0.025), Quantile(change, 0.975));
    }

    /// <summary>Counts how often each customer is drawn in resample <paramref name="resample"/>.</summary>
    internal static void Draw(int[] weights, ulong seed, ulong resample)
    {
        Array.Clear(weights);
        var random = new SplitMix64(seed, resample);
        var n = (ulong)weights.Length;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[(int)random.Below(n)]++;
        }
    }

    /// <summary>The q-quantile of sorted values, linear between the order statistics around (count - 1) x q.</summary>
    internal static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var h = (sorted.Length - 1) * q;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((h - below) * (sorted[above] - sorted[below]));
    }
}
