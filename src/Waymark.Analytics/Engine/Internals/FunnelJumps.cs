namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Ordered matching for customers with many attempts: "next event completing step k at or after p" and "next
/// exclusion event for the gap before step k" tables make each attempt a few jumps instead of a scan, so a long
/// journey with many first-step events is no longer quadratic. Same rules as the scanning match.
/// </summary>
internal sealed class FunnelJumps(FunnelSpec spec)
{
    private int[] _next = [];
    private int[] _exclusion = [];
    private int _length;

    public bool Ready { get; private set; }

    public void Prepare(in CustomerView view, ulong[] masks, bool worthIt)
    {
        Ready = worthIt;
        if (!worthIt)
        {
            return;
        }

        _length = view.Length;
        var width = _length + 1;
        if (_next.Length < spec.StepCount * width)
        {
            _next = new int[spec.StepCount * width * 2];
            _exclusion = new int[spec.StepCount * width * 2];
        }

        for (var k = 0; k < spec.StepCount; k++)
        {
            Fill(view, masks, k, width);
        }
    }

    /// <summary>Steps reached from start s, or 0 when an exclusion cut the attempt; fills times.</summary>
    public int Ordered(in CustomerView view, int s, long[] times)
    {
        var width = _length + 1;
        var t0 = view.Ticks[s];
        times[0] = t0;
        var p = s;
        for (var k = 1; k < spec.StepCount; k++)
        {
            var j = _next[(k * width) + p + 1];
            var cut = _exclusion[(k * width) + p + 1];
            var stepInWindow = j < _length && spec.InWindow(t0, view.Ticks[j]);
            var limit = stepInWindow ? j : _length;
            if (cut < limit && spec.InWindow(t0, view.Ticks[cut]))
            {
                return 0;
            }

            if (!stepInWindow)
            {
                return k;
            }

            times[k] = view.Ticks[j];
            p = j;
        }

        return spec.StepCount;
    }

    /// <summary>Row k: next index completing step k; and next index that is an exclusion for the gap before step k
    /// without also completing step k (a step match wins over an exclusion).</summary>
    private void Fill(in CustomerView view, ulong[] masks, int k, int width)
    {
        var row = k * width;
        _next[row + _length] = _length;
        _exclusion[row + _length] = _length;
        for (var p = _length - 1; p >= 0; p--)
        {
            var a = view.Activity[p];
            var isStep = (masks[p] >> k & 1) != 0;
            _next[row + p] = isStep ? p : _next[row + p + 1];
            var isCut = k > 0 && !isStep && (spec.ExclusionMask[a] >> (k - 1) & 1) != 0;
            _exclusion[row + p] = isCut ? p : _exclusion[row + p + 1];
        }
    }
}
