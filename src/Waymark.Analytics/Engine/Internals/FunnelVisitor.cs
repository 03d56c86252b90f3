using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Per-thread funnel accumulator: matches each customer and tallies it into its breakdown group, and (when asked)
/// into the period its best attempt started in.
/// </summary>
internal sealed class FunnelVisitor(EventLog log, FunnelSpec spec, FunnelBreakdown breakdown, TrendGranularity? over = null)
    : ICustomerVisitor<FunnelVisitor>
{
    private readonly FunnelMatcher _matcher = new(spec);
    private readonly FunnelGroupKey _groups = new(log, breakdown);
    private FunnelTally? _none;

    /// <summary>Tallies by group id: attribute value id or channel id; -1 for none (no breakdown, or no value).</summary>
    public Dictionary<int, FunnelTally> Groups { get; } = [];

    /// <summary>Customers reaching each step, by period number of the best attempt's start (see <see cref="PeriodCalendar"/>).</summary>
    public Dictionary<long, long[]> Periods { get; } = [];

    public void Visit(in CustomerView customer)
    {
        var outcome = _matcher.Match(customer);
        if (outcome == FunnelOutcome.None)
        {
            return;
        }

        var tally = TallyOf(_groups.Of(customer, _matcher.StartIndex));
        if (outcome == FunnelOutcome.Excluded)
        {
            tally.Excluded++;
            return;
        }

        tally.Add(_matcher.Reached, _matcher.BestTimes);
        if (over is { } granularity)
        {
            var period = CalendarPeriods.Of(granularity, _matcher.BestTimes[0]);
            if (!Periods.TryGetValue(period, out var reached))
            {
                Periods[period] = reached = new long[spec.StepCount];
            }

            for (var i = 0; i < _matcher.Reached; i++)
            {
                reached[i]++;
            }
        }
    }

    public void Merge(FunnelVisitor other)
    {
        foreach (var (group, tally) in other.Groups)
        {
            TallyOf(group).Merge(tally);
            tally.Release();
        }

        foreach (var (period, reached) in other.Periods)
        {
            if (!Periods.TryGetValue(period, out var mine))
            {
                Periods[period] = reached;
                continue;
            }

            for (var i = 0; i < mine.Length; i++)
            {
                mine[i] += reached[i];
            }
        }
    }

    private FunnelTally TallyOf(int group)
    {
        if (group == -1 && _none is not null)
        {
            return _none;
        }

        if (!Groups.TryGetValue(group, out var tally))
        {
            tally = new FunnelTally(spec.StepCount);
            Groups[group] = tally;
            _none = group == -1 ? tally : _none;
        }

        return tally;
    }
}
