namespace Waymark.Analytics.WhatIf.Internals;

/// <summary>
/// The Kaplan-Meier estimate of the wait at a step, from weighted records: those who went on are events at their
/// wait, those still waiting are censored at their time so far. At a time with both, the events come first (the
/// censored were still at risk then). S(t) = product over event times t_j at or before t of (1 - d_j / n_j).
/// </summary>
internal sealed class KaplanMeier(int capacity)
{
    private readonly long[] _times = new long[capacity];
    private readonly double[] _survival = new double[capacity];
    private int _count;

    /// <summary>
    /// Builds the curve. <paramref name="order"/> lists the records at risk by duration (events before censored at a
    /// tie); a record is an event when its level is at least <paramref name="eventLevel"/> (it reached the next step); <paramref name="weights"/> counts each record (a bootstrap
    /// draw may take a record several times or not at all).
    /// </summary>
    public void Build(ReadOnlySpan<int> order, ReadOnlySpan<long> durations, ReadOnlySpan<int> levels, int eventLevel, ReadOnlySpan<int> weights)
    {
        _count = 0;
        double atRisk = 0;
        foreach (var r in order)
        {
            atRisk += weights[r];
        }

        var survival = 1.0;
        var i = 0;
        while (i < order.Length)
        {
            var time = durations[order[i]];
            double events = 0, censored = 0;
            for (; i < order.Length && durations[order[i]] == time; i++)
            {
                var w = weights[order[i]];
                if (levels[order[i]] >= eventLevel)
                {
                    events += w;
                }
                else
                {
                    censored += w;
                }
            }

            if (events > 0)
            {
                survival *= 1 - (events / atRisk);
                (_times[_count], _survival[_count]) = (time, survival);
                _count++;
            }

            atRisk -= events + censored;
        }
    }

    /// <summary>S(t): the share still waiting after <paramref name="time"/>; 1 before the first event.</summary>
    public double Survival(long time)
    {
        var at = _times.AsSpan(0, _count).BinarySearch(time);
        var index = at >= 0 ? at : ~at - 1;
        return index < 0 ? 1 : _survival[index];
    }

    /// <summary>The chance that someone who has waited <paramref name="elapsed"/> moves on within <paramref name="cut"/> more:
    /// (F(e + T) - F(e)) / (1 - F(e)) = 1 - S(e + T) / S(e); 0 when S(e) is 0 (the data say nothing past it).</summary>
    public double MoveOnChance(long elapsed, long cut)
    {
        var before = Survival(elapsed);
        return before <= 0 ? 0 : 1 - (Survival(elapsed + cut) / before);
    }
}
