namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Per-thread step trend counts by period. A customer counts once per period with the step (at its first step event
/// there) and converts there when their last next-step event comes after that event; the totals do the same over
/// the whole range with the customer's first step event.
/// </summary>
internal sealed class StepTrendVisitor(StepPair steps, bool hasNext, TrendGranularity granularity) : ICustomerVisitor<StepTrendVisitor>
{
    public Dictionary<long, (long Customers, long Converted)> Periods { get; } = [];

    public long Customers { get; private set; }

    public long Converted { get; private set; }

    public long FirstTicks { get; private set; } = long.MaxValue;

    public long LastTicks { get; private set; } = long.MinValue;

    public void Visit(in CustomerView customer)
    {
        var ticks = customer.Ticks;
        FirstTicks = Math.Min(FirstTicks, ticks[0]);
        LastTicks = Math.Max(LastTicks, ticks[^1]);
        var lastNext = -1;
        for (var i = customer.Length - 1; hasNext && i >= 0 && lastNext < 0; i--)
        {
            lastNext = steps.IsSecond(customer, i) ? i : -1;
        }

        var lastPeriod = long.MinValue;
        for (var i = 0; i < customer.Length; i++)
        {
            if (!steps.IsFirst(customer, i))
            {
                continue;
            }

            var period = CalendarPeriods.Of(granularity, ticks[i]);
            if (period == lastPeriod)
            {
                continue;
            }

            var converted = lastNext > i ? 1 : 0;
            if (lastPeriod == long.MinValue)
            {
                Customers++;
                Converted += converted;
            }

            var (c, v) = Periods.GetValueOrDefault(period);
            Periods[period] = (c + 1, v + converted);
            lastPeriod = period;
        }
    }

    public void Merge(StepTrendVisitor other)
    {
        (Customers, Converted) = (Customers + other.Customers, Converted + other.Converted);
        FirstTicks = Math.Min(FirstTicks, other.FirstTicks);
        LastTicks = Math.Max(LastTicks, other.LastTicks);
        foreach (var (period, (customers, converted)) in other.Periods)
        {
            var (c, v) = Periods.GetValueOrDefault(period);
            Periods[period] = (c + customers, v + converted);
        }
    }
}
