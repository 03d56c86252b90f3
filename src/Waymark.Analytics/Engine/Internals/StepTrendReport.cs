namespace Waymark.Analytics.Engine.Internals;

/// <summary>Lists every period of the observed range (the latest <see cref="StepTrendOptions.MaxPoints"/>) with its counts.</summary>
internal static class StepTrendReport
{
    public static StepTrendResult Build(in StepTrendOptions options, StepTrendVisitor merged) =>
        Build(options, merged.Periods, (merged.Customers, merged.Converted), merged.FirstTicks, merged.LastTicks);

    /// <summary>
    /// The series from counts per period, the totals over the range and the first and last event measured (long.MaxValue
    /// and long.MinValue when none): the pass's, or the same counts computed elsewhere (ClickHouse pushdown).
    /// </summary>
    public static StepTrendResult Build(in StepTrendOptions options, IReadOnlyDictionary<long, (long Customers, long Converted)> counted,
        (long Customers, long Converted) totals, long firstTicks, long lastTicks)
    {
        var (granularity, hasNext) = (options.Granularity, options.Next is not null);
        var filter = options.Filter;
        var seen = lastTicks != long.MinValue;
        if (!seen && (filter.From is null || filter.To is null))
        {
            return new StepTrendResult(granularity, 0, hasNext ? 0 : null, null, null, false, []);
        }

        // With nothing seen, a bounded range still lists its empty periods (a quiet previous period is a real zero).
        var observed = seen ? Observed.Of(filter, firstTicks, lastTicks) : new Observed(filter.From!.Value.UtcTicks, filter.To!.Value.UtcTicks);
        if (observed.Until <= observed.From)
        {
            return new StepTrendResult(granularity, 0, hasNext ? 0 : null, null, null, false, []);
        }

        var first = CalendarPeriods.Of(granularity, observed.From);
        var last = CalendarPeriods.Of(granularity, observed.Until - 1);
        var truncated = last - first + 1 > StepTrendOptions.MaxPoints;
        first = Math.Max(first, last - StepTrendOptions.MaxPoints + 1);
        var points = new List<StepTrendPoint>((int)(last - first + 1));
        for (var p = first; p <= last; p++)
        {
            var (customers, converted) = counted.GetValueOrDefault(p);
            var state = RetentionReport.StateOf(granularity, p, observed);
            points.Add(new StepTrendPoint(CalendarPeriods.StartOf(granularity, p), customers, hasNext ? converted : null, state != RetentionCellState.Complete));
        }

        return new StepTrendResult(granularity, totals.Customers, hasNext ? totals.Converted : null,
            new DateTimeOffset(observed.From, TimeSpan.Zero), observed.UntilTime, truncated, points);
    }
}
