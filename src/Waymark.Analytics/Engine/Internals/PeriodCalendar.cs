namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Period numbers for trends and funnels over time: days, Monday-weeks or months since 1970-01-01 (UTC), and the
/// first day of a period.
/// </summary>
internal static class PeriodCalendar
{
    public static long PeriodOf(long ticks, TrendGranularity granularity)
    {
        var day = Math.DivRem(ticks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerDay, out var rest);
        day -= rest < 0 ? 1 : 0;
        return granularity switch
        {
            TrendGranularity.Day => day,
            TrendGranularity.Week => (long)Math.Floor((day + 3) / 7.0),
            _ => MonthOf(new DateTime(ticks, DateTimeKind.Utc)),
        };
    }

    public static DateOnly StartOf(long period, TrendGranularity granularity) => granularity switch
    {
        TrendGranularity.Day => DateOnly.FromDateTime(DateTime.UnixEpoch.AddDays(period)),
        TrendGranularity.Week => DateOnly.FromDateTime(DateTime.UnixEpoch.AddDays((period * 7) - 3)),
        _ => new DateOnly(1970, 1, 1).AddMonths((int)period),
    };

    private static long MonthOf(DateTime at) => ((at.Year - 1970) * 12L) + at.Month - 1;
}
