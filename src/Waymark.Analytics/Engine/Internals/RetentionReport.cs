namespace Waymark.Analytics.Engine.Internals;

/// <summary>Turns the merged retention counts into the triangle (latest cohorts kept) and its weighted average row.</summary>
internal static class RetentionReport
{
    public static RetentionResult Build(in RetentionOptions options, RetentionVisitor merged)
    {
        var (granularity, periods) = (options.Granularity, options.EffectivePeriods);
        if (merged.Cohorts.Count == 0)
        {
            return new RetentionResult(granularity, periods, 0, null, false, [], []);
        }

        var observed = Observed.Of(options.Filter, merged.FirstTicks, merged.LastTicks);
        var keys = merged.Cohorts.Keys.Order().ToList();
        var truncated = keys.Count > RetentionOptions.MaxCohorts;
        keys = keys.Skip(Math.Max(0, keys.Count - RetentionOptions.MaxCohorts)).ToList();
        var returning = new long[periods + 1];
        var sizes = new long[periods + 1];
        var cohorts = new List<RetentionCohort>(keys.Count);
        foreach (var key in keys)
        {
            var counts = merged.Cohorts[key];
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

    public static RetentionCellState StateOf(TrendGranularity granularity, long period, Observed observed)
    {
        var start = CalendarPeriods.StartTicks(granularity, period);
        var end = CalendarPeriods.StartTicks(granularity, period + 1);
        return start >= observed.Until ? RetentionCellState.NotYet
            : observed.Cuts(start, end) ? RetentionCellState.Incomplete
            : RetentionCellState.Complete;
    }
}
