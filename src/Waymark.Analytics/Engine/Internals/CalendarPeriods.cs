namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Numbers UTC days, Monday weeks and months so that consecutive periods have consecutive numbers. Ticks count from
/// 0001-01-01, a Monday, so a week is simply the day number divided by seven.
/// </summary>
internal static class CalendarPeriods
{
    public static long Of(TrendGranularity granularity, long ticks)
    {
        var day = Math.Max(0, ticks) / TimeSpan.TicksPerDay;
        return granularity switch
        {
            TrendGranularity.Day => day,
            TrendGranularity.Week => day / 7,
            _ => MonthOf(Math.Max(0, ticks)),
        };
    }

    public static DateOnly StartOf(TrendGranularity granularity, long period) => granularity switch
    {
        TrendGranularity.Day => DateOnly.FromDayNumber((int)period),
        TrendGranularity.Week => DateOnly.FromDayNumber((int)(period * 7)),
        _ => new DateOnly((int)(period / 12), (int)(period % 12) + 1, 1),
    };

    /// <summary>The UTC ticks at which the period starts.</summary>
    public static long StartTicks(TrendGranularity granularity, long period) =>
        StartOf(granularity, period).DayNumber * TimeSpan.TicksPerDay;

    private static long MonthOf(long ticks)
    {
        var date = new DateTime(ticks, DateTimeKind.Utc);
        return (date.Year * 12L) + date.Month - 1;
    }
}
