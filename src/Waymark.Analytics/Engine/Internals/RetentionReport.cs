namespace Waymark.Analytics.Engine.Internals;

/// <summary>Turns the merged retention counts into the triangle (latest cohorts kept) and its weighted average row.</summary>
internal static class RetentionReport
{
    public static RetentionResult Build(in RetentionOptions options, RetentionVisitor merged) =>
        Build(options, merged.Cohorts, merged.FirstTicks, merged.LastTicks);

    /// <summary>
    /// The triangle from counts per cohort period (index 0 the cohort's customers, k those returning in period k) and
    /// the first and last event measured: the pass's, or the same counts computed elsewhere (ClickHouse pushdown).
    /// </summary>
    public static RetentionResult Build(in RetentionOptions options, IReadOnlyDictionary<long, long[]> counted, long firstTicks, long lastTicks)
    {
        var (granularity, periods) = (options.Granularity, options.EffectivePeriods);
        if (counted.Count == 0)
        {
            return new RetentionResult(granularity, periods, 0, null, false, [], []);
        }

        var observed = Observed.Of(options.Filter, firstTicks, lastTicks);
        var keys = counted.Keys.Order().ToList();
        var truncated = keys.Count > RetentionOptions.MaxCohorts;
        keys = keys.Skip(Math.Max(0, keys.Count - RetentionOptions.MaxCohorts)).ToList();
        var returning = new long[periods + 1];
        var sizes = new long[periods + 1];
        var cohorts = new List<RetentionCohort>(keys.Count);
        foreach (var key in keys)
        {
            var counts = counted[key];
            var cells = new RetentionCell[periods + 1];
            for (var k = 0; k <= periods; k++)
            {
                var state = StateOf(granularity, key + k, observed);
                cells[k] = new RetentionCell(k, CalendarPeriods.StartOf(granularity, key + k), counts[k], (double)counts[k] / counts[0], state);
                if (state == RetentionCellState.Complete)
                {
                    returning[k] += counts[k];
                    sizes[k] += counts[0];
                }
            }

            var incomplete = StateOf(granularity, key, observed) != RetentionCellState.Complete;
            cohorts.Add(new RetentionCohort(CalendarPeriods.StartOf(granularity, key), counts[0], incomplete, cells));
        }

        var average = new RetentionAverage[periods + 1];
        for (var k = 0; k <= periods; k++)
        {
            average[k] = new RetentionAverage(k, returning[k], sizes[k], sizes[k] == 0 ? null : (double)returning[k] / sizes[k]);
        }

        return new RetentionResult(granularity, periods, cohorts.Sum(c => c.Customers), observed.UntilTime, truncated, cohorts, average);
    }

    /// <summary>The periods followed (1..60), or an ArgumentException naming the options.</summary>
    public static int PeriodsOf(in RetentionOptions options)
    {
        var periods = options.EffectivePeriods;
        return periods is < 1 or > RetentionOptions.MaxPeriods
            ? throw new ArgumentException($"Retention follows 1 to {RetentionOptions.MaxPeriods} periods; {periods} given.", nameof(options))
            : periods;
    }

    public static RetentionCellState StateOf(TrendGranularity granularity, long period, Observed observed)
    {
        var start = CalendarPeriods.StartTicks(granularity, period);
        var end = CalendarPeriods.StartTicks(granularity, period + 1);
        return start >= observed.Until ? RetentionCellState.NotYet
            : observed.Cuts(start, end) ? RetentionCellState.Incomplete
            : RetentionCellState.Complete;
    }
}
