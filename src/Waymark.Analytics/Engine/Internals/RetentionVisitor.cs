namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Per-thread retention counts: per cohort period, [0] the cohort's customers and [k] those who returned in period k.
/// A customer's return periods are gathered in one bit mask (at most 60 periods), so each counts once per period.
/// </summary>
internal sealed class RetentionVisitor(StepPair steps, TrendGranularity granularity, int periods) : ICustomerVisitor<RetentionVisitor>
{
    public Dictionary<long, long[]> Cohorts { get; } = [];

    public long FirstTicks { get; private set; } = long.MaxValue;

    public long LastTicks { get; private set; } = long.MinValue;

    public void Visit(in CustomerView customer)
    {
        var ticks = customer.Ticks;
        FirstTicks = Math.Min(FirstTicks, ticks[0]);
        LastTicks = Math.Max(LastTicks, ticks[^1]);
        var start = 0;
        while (start < customer.Length && !steps.IsFirst(customer, start))
        {
            start++;
        }

        if (start == customer.Length)
        {
            return;
        }

        var cohort = CalendarPeriods.Of(granularity, ticks[start]);
        var returned = 0UL;
        for (var i = start + 1; i < customer.Length; i++)
        {
            var k = CalendarPeriods.Of(granularity, ticks[i]) - cohort;
            if (k > periods)
            {
                break;
            }

            if (k >= 1 && (returned & (1UL << (int)k)) == 0 && steps.IsSecond(customer, i))
            {
                returned |= 1UL << (int)k;
            }
        }

        Add(cohort, returned);
    }

    public void Merge(RetentionVisitor other)
    {
        FirstTicks = Math.Min(FirstTicks, other.FirstTicks);
        LastTicks = Math.Max(LastTicks, other.LastTicks);
        foreach (var (cohort, counts) in other.Cohorts)
        {
            if (!Cohorts.TryGetValue(cohort, out var mine))
            {
                Cohorts[cohort] = counts;
                continue;
            }

            for (var k = 0; k < counts.Length; k++)
            {
                mine[k] += counts[k];
            }
        }
    }

    private void Add(long cohort, ulong returned)
    {
        if (!Cohorts.TryGetValue(cohort, out var counts))
        {
            Cohorts[cohort] = counts = new long[periods + 1];
        }

        counts[0]++;
        for (var bits = returned; bits != 0; bits &= bits - 1)
        {
            counts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
        }
    }
}
