using Waymark.Analytics.Engine.Internals;

namespace Waymark.Analytics.Overlay.Internals;

/// <summary>
/// Per-thread visitor counts for up to 50 steps: customers who did each step at all (any order), and per trend
/// bucket. Events are in time order, so a customer counts once per bucket by remembering the last bucket counted.
/// </summary>
internal sealed class StepVisits(FunnelSpec spec, TrendRange range, int steps) : ICustomerVisitor<StepVisits>
{
    private readonly int[] _lastBucket = new int[steps];
    private ulong[] _masks = new ulong[256];

    public long[] Visitors { get; } = new long[steps];

    /// <summary>Trend[step * range.Count + bucket].</summary>
    public long[] Trend { get; } = new long[steps * range.Count];

    public void Visit(in CustomerView customer)
    {
        Array.Fill(_lastBucket, int.MinValue);
        if (_masks.Length < customer.Length)
        {
            _masks = new ulong[customer.Length * 2];
        }

        spec.FillMasks(customer, _masks);
        for (var i = 0; i < customer.Length; i++)
        {
            var mask = _masks[i];
            if (mask == 0)
            {
                continue;
            }

            var bucket = range.BucketOf(customer.Ticks[i]);
            while (mask != 0)
            {
                var step = System.Numerics.BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                if (_lastBucket[step] == int.MinValue)
                {
                    Visitors[step]++;
                    _lastBucket[step] = -1;
                }

                if (bucket >= 0 && _lastBucket[step] != bucket)
                {
                    Trend[(step * range.Count) + bucket]++;
                    _lastBucket[step] = bucket;
                }
            }
        }
    }

    public void Merge(StepVisits other)
    {
        for (var i = 0; i < Visitors.Length; i++)
        {
            Visitors[i] += other.Visitors[i];
        }

        for (var i = 0; i < Trend.Length; i++)
        {
            Trend[i] += other.Trend[i];
        }
    }
}
