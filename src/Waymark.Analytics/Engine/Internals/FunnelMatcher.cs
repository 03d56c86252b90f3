namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Finds a customer's best funnel attempt. An attempt starts at each event that can start it; the best reaches the
/// most steps and, among equals, has the shortest time from its start to its last step reached (then the earliest).
/// Attempts cut by an exclusion do not compete; a customer with attempts but none valid is excluded.
/// </summary>
internal sealed class FunnelMatcher(FunnelSpec spec)
{
    private readonly long[] _times = new long[spec.StepCount];
    private readonly long[] _first = new long[spec.StepCount];
    private readonly FunnelJumps _jumps = new(spec);
    private ulong[] _masks = new ulong[256];

    /// <summary>With more first-step events than this, ordered attempts use jump tables (a test can force either way).</summary>
    public int JumpThreshold { get; set; } = 2;

    /// <summary>Completion time of each step in the best attempt (valid up to <see cref="Reached"/>).</summary>
    public long[] BestTimes { get; } = new long[spec.StepCount];

    public int Reached { get; private set; }

    /// <summary>Index of the best attempt's first event, or of the first step-0 event when excluded.</summary>
    public int StartIndex { get; private set; }

    public FunnelOutcome Match(in CustomerView view)
    {
        Reached = 0;
        StartIndex = -1;
        var anyAttempt = false;
        var bestSpan = long.MaxValue;
        var startBit = spec.Mode == FunnelMode.AnyOrder ? spec.AllSteps : 1UL;
        FillMasks(view);
        _jumps.Prepare(view, _masks, spec.Mode == FunnelMode.Ordered && CountStarts(view) > JumpThreshold);
        for (var s = 0; s < view.Length; s++)
        {
            if ((_masks[s] & startBit) == 0)
            {
                continue;
            }

            if (!anyAttempt)
            {
                anyAttempt = true;
                StartIndex = s;
            }

            var reached = spec.Mode switch
            {
                FunnelMode.Ordered => _jumps.Ready ? _jumps.Ordered(view, s, _times) : Ordered(view, s),
                FunnelMode.Strict => Strict(view, s),
                _ => AnyOrder(view, s),
            };
            if (reached > 0)
            {
                Keep(reached, s, view.Ticks[s], ref bestSpan);
            }
        }

        return Reached > 0 ? FunnelOutcome.Matched : anyAttempt ? FunnelOutcome.Excluded : FunnelOutcome.None;
    }

    /// <summary>Which steps each event completes, once per customer (property conditions are checked here).</summary>
    private void FillMasks(in CustomerView view)
    {
        if (_masks.Length < view.Length)
        {
            _masks = new ulong[view.Length * 2];
        }

        spec.FillMasks(view, _masks);
    }

    private int CountStarts(in CustomerView view)
    {
        var starts = 0;
        for (var i = 0; i < view.Length; i++)
        {
            starts += (int)(_masks[i] & 1);
        }

        return starts;
    }

    private void Keep(int reached, int start, long startTicks, ref long bestSpan)
    {
        var span = _times[reached - 1] - startTicks;
        if (reached > Reached || (reached == Reached && span < bestSpan))
        {
            Reached = reached;
            bestSpan = span;
            StartIndex = start;
            Array.Copy(_times, BestTimes, reached);
        }
    }

    /// <summary>Greedy earliest match from s: returns steps reached, or 0 when an exclusion cut the attempt.</summary>
    private int Ordered(in CustomerView view, int s)
    {
        var t0 = view.Ticks[s];
        _times[0] = t0;
        var k = 1;
        for (var j = s + 1; j < view.Length && k < spec.StepCount; j++)
        {
            if (!spec.InWindow(t0, view.Ticks[j]))
            {
                break;
            }

            var a = view.Activity[j];
            if ((_masks[j] >> k & 1) != 0)
            {
                _times[k++] = view.Ticks[j];
            }
            else if ((spec.ExclusionMask[a] >> (k - 1) & 1) != 0)
            {
                return 0;
            }
        }

        return k;
    }

    private int Strict(in CustomerView view, int s)
    {
        var t0 = view.Ticks[s];
        _times[0] = t0;
        var k = 1;
        for (var j = s + 1; j < view.Length && k < spec.StepCount && spec.InWindow(t0, view.Ticks[j]); j++)
        {
            var a = view.Activity[j];
            if ((_masks[j] >> k & 1) == 0)
            {
                return (spec.ExclusionMask[a] >> (k - 1) & 1) != 0 ? 0 : k;
            }

            _times[k++] = view.Ticks[j];
        }

        return k;
    }

    /// <summary>Steps done within the window from s; step k counts when steps 0..k are all done, at the latest of their times.</summary>
    private int AnyOrder(in CustomerView view, int s)
    {
        var t0 = view.Ticks[s];
        var done = 0UL;
        var excludedAt = long.MaxValue;
        for (var j = s; j < view.Length && done != spec.AllSteps && spec.InWindow(t0, view.Ticks[j]); j++)
        {
            var a = view.Activity[j];
            var fresh = _masks[j] & ~done;
            while (fresh != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(fresh);
                _first[bit] = view.Ticks[j];
                fresh &= fresh - 1;
            }

            done |= _masks[j];
            if (spec.ExclusionMask[a] != 0 && excludedAt == long.MaxValue)
            {
                excludedAt = view.Ticks[j];
            }
        }

        var k = System.Numerics.BitOperations.TrailingZeroCount(~done);
        for (var i = 0; i < k; i++)
        {
            _times[i] = i == 0 ? _first[0] : Math.Max(_times[i - 1], _first[i]);
        }

        return k > 0 && excludedAt <= _times[k - 1] ? 0 : k;
    }
}
