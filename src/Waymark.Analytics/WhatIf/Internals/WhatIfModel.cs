namespace Waymark.Analytics.WhatIf.Internals;

/// <summary>
/// The projection of one what-if question over weighted records (all 1 for the measured journey; bootstrap counts
/// for a resample). With R_j the customers reaching funnel step j and p_j = R_(j+1) / R_j (0 when R_j is 0), the
/// customers reaching the outcome are R_(n-1) = R_k x p_k x tail, tail = p_(k+1) x ... x p_(n-2) (1 when k is the
/// step before the outcome). A conversion change moves p_k to p_k + points, kept within 0..1: change =
/// R_k x (p'_k - p_k) x tail. A shorter wait moves each customer still waiting at step k with the Kaplan-Meier chance
/// of going on within the cut: change = (sum of those chances) x tail.
/// </summary>
internal sealed class WhatIfModel
{
    private readonly JourneyRecords _records;
    private readonly int _steps;
    private readonly int _step;
    private readonly WhatIfKind _kind;
    private readonly double _points;
    private readonly long _cut;
    private readonly int[] _atRisk;
    private readonly int _waitingFrom;
    private readonly int _waitingTo;

    public WhatIfModel(JourneyRecords records, int steps, int step, in WhatIfOptions options)
    {
        (_records, _steps, _step, _kind) = (records, steps, step, options.Kind);
        (_points, _cut) = (options.Points / 100, Math.Max(0, options.WaitCut.Ticks));
        var levels = records.Levels;
        _waitingFrom = FirstAtLeast(levels, step + 1);
        _waitingTo = FirstAtLeast(levels, step + 2);
        var keys = new (long Duration, int Censored, int Index)[records.Count - _waitingFrom];
        for (var r = _waitingFrom; r < records.Count; r++)
        {
            keys[r - _waitingFrom] = (records.Durations[r], r < _waitingTo ? 1 : 0, r);
        }

        Array.Sort(keys);
        _atRisk = [.. keys.Select(k => k.Index)];
    }

    public int Count => _records.Count;

    /// <summary>Scratch for one thread's evaluations.</summary>
    public Scratch NewScratch() => new(_steps, _atRisk.Length);

    /// <summary>Customers reaching the outcome as measured (weighted) and the projected change.</summary>
    public (double Outcome, double Change) Evaluate(ReadOnlySpan<int> weights, Scratch scratch)
    {
        var reached = scratch.Reached;
        Array.Clear(reached);
        var levels = _records.Levels;
        for (var r = 0; r < levels.Length; r++)
        {
            reached[levels[r] - 1] += weights[r];
        }

        for (var j = _steps - 2; j >= 0; j--)
        {
            reached[j] += reached[j + 1];
        }

        var tail = 1.0;
        for (var j = _step + 1; j < _steps - 1; j++)
        {
            tail *= Conversion(reached, j);
        }

        var outcome = reached[_steps - 1];
        return (outcome, tail * (_kind == WhatIfKind.Conversion ? ConversionGain(reached) : WaitGain(weights, scratch.Curve)));
    }

    /// <summary>Measured conversion from funnel step j to the next; 0 when nobody reached j.</summary>
    public static double Conversion(ReadOnlySpan<double> reached, int j) => reached[j] > 0 ? reached[j + 1] / reached[j] : 0;

    private double ConversionGain(double[] reached)
    {
        if (_points == 0 || reached[_step] == 0)
        {
            return 0;
        }

        var p = Conversion(reached, _step);
        return reached[_step] * (Math.Clamp(p + _points, 0, 1) - p);
    }

    private double WaitGain(ReadOnlySpan<int> weights, KaplanMeier curve)
    {
        if (_cut == 0 || _waitingFrom == _waitingTo)
        {
            return 0;
        }

        curve.Build(_atRisk, _records.Durations, _records.Levels, _step + 2, weights);
        var moved = 0.0;
        for (var r = _waitingFrom; r < _waitingTo; r++)
        {
            if (weights[r] > 0)
            {
                moved += weights[r] * curve.MoveOnChance(_records.Durations[r], _cut);
            }
        }

        return moved;
    }

    private static int FirstAtLeast(int[] levels, int level)
    {
        var i = 0;
        while (i < levels.Length && levels[i] < level)
        {
            i++;
        }

        return i;
    }

    /// <summary>Per-thread buffers: customers per step and the Kaplan-Meier curve.</summary>
    public sealed class Scratch(int steps, int atRisk)
    {
        public double[] Reached { get; } = new double[steps];

        public KaplanMeier Curve { get; } = new(Math.Max(1, atRisk));
    }
}
