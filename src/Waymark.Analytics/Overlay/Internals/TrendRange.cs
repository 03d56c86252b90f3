using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Overlay.Internals;

/// <summary>
/// The trend's buckets: days when the range spans at most 62 days, else Monday weeks (as Analyze.Trends). The range
/// is the filter's From/To, each missing end taken from the log's first or last event.
/// </summary>
internal readonly struct TrendRange
{
    public const int MaxDays = 62;

    /// <summary>At most this many buckets: a wider range is cut to the data's first..last event, then to its end.</summary>
    public const int MaxBuckets = 1_000;

    private TrendRange(long firstPeriod, int count, bool weeks)
    {
        FirstPeriod = firstPeriod;
        Count = count;
        Weeks = weeks;
    }

    public long FirstPeriod { get; }

    public int Count { get; }

    public bool Weeks { get; }

    public static TrendRange Of(EventLog log, in EventFilter filter) =>
        Of(filter, log.HasTimestamps && log.EventCount > 0, () => Bounds(log));

    /// <summary>Whether the range for <paramref name="filter"/> reads the data's first and last event: an end is missing, or the range is cut to the data.</summary>
    public static bool NeedsBounds(in EventFilter filter)
    {
        if (filter.From is not { } from || filter.To is not { } to)
        {
            return true;
        }

        var (start, end) = (from.UtcTicks, to.UtcTicks - 1);
        return end >= start && Buckets(start, end, DayOf(end) - DayOf(start) + 1 > MaxDays) > MaxBuckets;
    }

    /// <summary>
    /// The range for <paramref name="filter"/> over data with or without events; <paramref name="bounds"/> gives the
    /// ticks of the data's first and last event (all of the source's events, before any filter) and is called only
    /// when <see cref="NeedsBounds"/>.
    /// </summary>
    public static TrendRange Of(in EventFilter filter, bool hasEvents, Func<(long First, long Last)> bounds)
    {
        if (!hasEvents)
        {
            return new TrendRange(0, 0, weeks: false);
        }

        var lazy = new Lazy<(long First, long Last)>(bounds);
        var start = filter.From?.UtcTicks ?? lazy.Value.First;
        var end = filter.To is { } to ? to.UtcTicks - 1 : lazy.Value.Last;
        var weeks = DayOf(end) - DayOf(start) + 1 > MaxDays;
        if (end >= start && Buckets(start, end, weeks) > MaxBuckets)
        {
            (start, end) = (Math.Max(start, lazy.Value.First), Math.Min(end, lazy.Value.Last));
            if (end >= start && Buckets(start, end, weeks) > MaxBuckets)
            {
                start = DateTime.UnixEpoch.Ticks + ((((PeriodOf(end, weeks) - MaxBuckets + 1) * 7) - 3) * TimeSpan.TicksPerDay);
            }
        }

        if (end < start)
        {
            return new TrendRange(0, 0, weeks: false);
        }

        var firstPeriod = PeriodOf(start, weeks);
        return new TrendRange(firstPeriod, (int)(PeriodOf(end, weeks) - firstPeriod + 1), weeks);
    }

    private static long Buckets(long start, long end, bool weeks) => PeriodOf(end, weeks) - PeriodOf(start, weeks) + 1;

    /// <summary>The bucket of an instant, or -1 outside the range.</summary>
    public int BucketOf(long ticks)
    {
        var bucket = PeriodOf(ticks, Weeks) - FirstPeriod;
        return bucket >= 0 && bucket < Count ? (int)bucket : -1;
    }

    public DateTime StartOf(int bucket)
    {
        var period = FirstPeriod + bucket;
        return DateTime.UnixEpoch.AddDays(Weeks ? (period * 7) - 3 : period);
    }

    private static long DayOf(long ticks)
    {
        var day = Math.DivRem(ticks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerDay, out var rest);
        return rest < 0 ? day - 1 : day;
    }

    /// <summary>Days since 1970-01-01, or weeks starting on Mondays (1970-01-01 was a Thursday, hence + 3).</summary>
    private static long PeriodOf(long ticks, bool weeks)
    {
        var day = DayOf(ticks);
        return weeks ? Math.DivRem(day + 3, 7, out var rest) - (rest < 0 ? 1 : 0) : day;
    }

    private static (long First, long Last) Bounds(EventLog log)
    {
        var (first, last) = (long.MaxValue, long.MinValue);
        for (var c = 0; c < log.CustomerCount; c++)
        {
            var (start, end) = (log.CustomerStart[c], log.CustomerStart[c + 1]);
            if (end > start)
            {
                first = Math.Min(first, log.Ticks[start]);
                last = Math.Max(last, log.Ticks[end - 1]);
            }
        }

        return (first, last);
    }
}
