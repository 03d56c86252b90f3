namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Per-thread trend counts by period number (days, Monday weeks or months, see CalendarPeriods). A customer's events are in
/// time order, so a customer is counted once per period by remembering the last period it was counted in.
/// </summary>
internal sealed class TrendVisitor(TrendGranularity granularity, int activity) : ICustomerVisitor<TrendVisitor>
{
    public Dictionary<long, (long Events, long Customers)> Periods { get; } = [];

    public void Visit(in CustomerView customer)
    {
        var lastPeriod = long.MinValue;
        for (var i = 0; i < customer.Length; i++)
        {
            if (activity >= 0 && customer.Activity[i] != activity)
            {
                continue;
            }

            var period = PeriodOf(customer.Ticks[i]);
            var (events, customers) = Periods.GetValueOrDefault(period);
            Periods[period] = (events + 1, customers + (period != lastPeriod ? 1 : 0));
            lastPeriod = period;
        }
    }

    public void Merge(TrendVisitor other)
    {
        foreach (var (period, (events, customers)) in other.Periods)
        {
            var (e, c) = Periods.GetValueOrDefault(period);
            Periods[period] = (e + events, c + customers);
        }
    }

    public long PeriodOf(long ticks) => CalendarPeriods.Of(granularity, ticks);

    public DateOnly StartOf(long period) => CalendarPeriods.StartOf(granularity, period);
}
