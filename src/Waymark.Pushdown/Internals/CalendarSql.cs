using System.Globalization;
using Waymark.Analytics.Engine;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// The engine's calendar period numbers (CalendarPeriods) in SQL, from a day number (whole UTC days since 0001-01-01, a
/// Monday): the day itself, its Monday week (day / 7), or its month as year * 12 + month - 1. The month is integer
/// arithmetic on the proleptic Gregorian calendar (the civil-from-days method), not toDate/toMonth: ClickHouse's
/// Date holds only 1970-2105 (2149 on current releases), and a Waymark event may be dated from year 1 to 9999.
/// </summary>
internal static class CalendarSql
{
    /// <summary>The day number of an Int64 ticks expression (ticks are never negative: years 1-9999).</summary>
    public static string Day(string ticks) => $"intDiv({ticks}, {TimeSpan.TicksPerDay.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>The period number of <paramref name="day"/> (an expression of a day number; repeated in a month).</summary>
    public static string Period(TrendGranularity granularity, string day) => granularity switch
    {
        TrendGranularity.Day => day,
        TrendGranularity.Week => $"intDiv({day}, 7)",
        _ => Month(day),
    };

    /// <summary>
    /// Days are counted from 0000-03-01 (z = day + 306), so a year runs March to February and leap days come last:
    /// era of 400 years, day of era, year of era, day of year from March, month from March (0..11, 153 days per five
    /// months). The month number is then (400 * era + year of era) * 12 + month from March + 2, January and February
    /// falling into the next year by themselves.
    /// </summary>
    private static string Month(string day)
    {
        var z = $"({day} + 306)";
        var dayOfEra = $"({z} % 146097)";
        var yearOfEra = $"intDiv({dayOfEra} - intDiv({dayOfEra}, 1460) + intDiv({dayOfEra}, 36524) - intDiv({dayOfEra}, 146096), 365)";
        var dayOfYear = $"({dayOfEra} - (365 * {yearOfEra} + intDiv({yearOfEra}, 4) - intDiv({yearOfEra}, 100)))";
        return $"((intDiv({z}, 146097) * 400 + {yearOfEra}) * 12 + intDiv(5 * {dayOfYear} + 2, 153) + 2)";
    }
}
