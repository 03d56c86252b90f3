using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine;

/// <summary>
/// The one entry point for analyses. Each is a single pass over the log's customers, split across cores with
/// per-thread accumulators merged at the end.
/// </summary>
public static class Analyze
{
    /// <summary>Customers through an ordered, strict or any-order funnel; see docs/analytics.md.</summary>
    public static FunnelResult Funnel(EventLog log, FunnelOptions options)
    {
        var spec = new FunnelSpec(log, options);
        var filter = new CompiledFilter(log, options.Filter);
        var breakdown = options.Breakdown;
        var over = log.HasTimestamps ? options.Over : null;
        var merged = CustomerPass.Run(log, filter, () => new FunnelVisitor(log, spec, breakdown, over));
        return FunnelReport.Build(log, options with { Over = over }, merged);
    }

    /// <summary>
    /// The customers behind one bar of <see cref="Funnel"/> with the same options: reached a step, or dropped after it,
    /// optionally of one breakdown group; a page of them in log order and their total.
    /// </summary>
    public static FunnelCustomerPage FunnelCustomers(EventLog log, FunnelOptions options, FunnelCustomerQuery query, CancellationToken ct = default)
    {
        var spec = new FunnelSpec(log, options);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Step);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(query.Step, spec.StepCount);
        var filter = new CompiledFilter(log, options.Filter);
        var breakdown = options.Breakdown;
        var merged = CustomerPass.Run(log, filter, () => new FunnelCustomersVisitor(log, spec, breakdown, query), ct);
        var inGroup = merged.GroupFilter(query.Group);
        var hits = merged.Hits.Where(h => inGroup(h.Group)).OrderBy(h => h.Customer).ToList();
        DateTimeOffset? At(long ticks) => log.HasTimestamps ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        var page = hits.Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit))
            .Select(h => new FunnelCustomer(log.Customers[h.Customer], h.Reached, At(h.Start), At(h.Last)));
        return new FunnelCustomerPage(hits.Count, [.. page]);
    }

    /// <summary>The directly-follows graph with edge frequencies, customers and durations.</summary>
    public static FlowGraph Flow(EventLog log, FlowOptions options = default)
    {
        var filter = new CompiledFilter(log, options.Filter);
        var activities = log.Activities.Count;
        var merged = CustomerPass.Run(log, filter, () => new FlowVisitor(activities));
        return FlowReport.Build(log, options, merged);
    }

    /// <summary>Complete activity sequences per customer, the most common first.</summary>
    public static VariantResult Variants(EventLog log, VariantOptions options = default)
    {
        var filter = new CompiledFilter(log, options.Filter);
        var merged = CustomerPass.Run(log, filter, () => new VariantVisitor());
        return VariantReport.Build(log, options.EffectiveTop, merged);
    }

    /// <summary>Paths from or towards an activity or a step, step by step, the long tail folded into "other".</summary>
    public static PathResult Paths(EventLog log, PathOptions options = default, CancellationToken ct = default)
    {
        var filter = new CompiledFilter(log, options.Filter);
        var anchor = PathAnchor.For(log, options);
        if (anchor.Missing)
        {
            return new PathResult(options.Towards, options.AnchorName, 0, [], []);
        }

        var gap = options.SessionGap is { } g && log.HasTimestamps ? g.Ticks : long.MaxValue;
        var (activities, depth, towards, collapse) = (log.Activities.Count, options.EffectiveDepth, options.Towards, options.CollapseRepeats);
        var merged = CustomerPass.Run(log, filter, () => new PathVisitor(activities, depth, anchor, towards, collapse, gap), ct);
        return PathReport.Build(activities, id => log.Activities[id], options, merged.Tally);
    }

    /// <summary>
    /// How many customers the filter admits: those with at least one event left after its event conditions, for whom
    /// every customer condition holds. The same pass, and so the same customers, as every other analysis here.
    /// </summary>
    public static long Customers(EventLog log, EventFilter filter, CancellationToken ct = default)
    {
        var compiled = new CompiledFilter(log, filter);
        return CustomerPass.Run(log, compiled, () => new CountVisitor(), ct).Customers;
    }

    /// <summary>
    /// Which of <paramref name="customerIds"/> the filter admits, judged exactly as <see cref="Customers"/> counts them
    /// (a journey rule's segment condition, for the customers a batch of events touched); unknown ids are not admitted.
    /// </summary>
    public static HashSet<string> Admitted(EventLog log, EventFilter filter, IEnumerable<string> customerIds)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(customerIds);
        var compiled = new CompiledFilter(log, filter);
        var buffer = new ViewBuffer();
        var admitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in customerIds)
        {
            var customer = log.Customers.IdOf(id);
            if (customer >= 0 && customer < log.CustomerCount && CustomerPass.Admits(log, compiled, customer, buffer))
            {
                admitted.Add(id);
            }
        }

        return admitted;
    }

    /// <summary>Per activity: customers reaching it, events, repeat rate and time to first occurrence.</summary>
    public static StatsResult Stats(EventLog log, StatsOptions options = default)
    {
        var filter = new CompiledFilter(log, options.Filter);
        var activities = log.Activities.Count;
        return StatsReport.Build(log, CustomerPass.Run(log, filter, () => new StatsVisitor(activities)));
    }

    /// <summary>
    /// The flow graph, the variants and (when asked) the activity statistics over the same customers, each equal to
    /// what <see cref="Flow"/>, <see cref="Variants"/> and <see cref="Stats"/> give alone for the same filter. The
    /// statistics are the flow's node counts plus repeaters and first times, kept by the flow pass's tally. Without a
    /// filter on events the variants get a pass of their own (in one pass their table pushed the flow's counters out of
    /// the caches); with one, both read each customer's events filtered once (see <see cref="ProcessVisitor"/>).
    /// </summary>
    public static ProcessResult Process(EventLog log, ProcessOptions options, CancellationToken ct = default)
    {
        var filter = new CompiledFilter(log, options.Filter);
        var activities = log.Activities.Count;
        List<FlowVisitor> flows;
        List<VariantVisitor> variants;
        if (!filter.FiltersEvents)
        {
            flows = CustomerPass.RunUnmerged(log, filter, () => new FlowVisitor(activities, options.WithStats), ct);
            variants = CustomerPass.RunUnmerged(log, filter, () => new VariantVisitor(), ct);
        }
        else
        {
            var passes = CustomerPass.RunUnmerged(log, filter, () => new ProcessVisitor(activities, options.WithStats), ct, activitiesAndTimes: true);
            (flows, variants) = ([.. passes.Select(p => p.Flow)], [.. passes.Select(p => p.Variants)]);
        }

        return ProcessReport.Build(log, options, flows, variants, ct);
    }

    /// <summary>Events and active customers per day, week or month (UTC), oldest first; empty for sequence-only logs.</summary>
    public static IReadOnlyList<TrendPoint> Trends(EventLog log, TrendOptions options = default)
    {
        var filter = new CompiledFilter(log, options.Filter);
        var activity = options.Activity is null ? -1 : log.Activities.IdOf(options.Activity);
        if (!log.HasTimestamps || (options.Activity is not null && activity < 0))
        {
            return [];
        }

        var merged = CustomerPass.Run(log, filter, () => new TrendVisitor(options.Granularity, activity));
        return [.. merged.Periods.OrderBy(p => p.Key).Select(p => new TrendPoint(merged.StartOf(p.Key), p.Value.Events, p.Value.Customers))];
    }

    /// <summary>
    /// Cohorts by the first start (a step or any event) per day, week or month, and who returned in each later period,
    /// with the weighted average row; empty for sequence-only logs. See docs/analytics.md ("Retention").
    /// </summary>
    public static RetentionResult Retention(EventLog log, RetentionOptions options = default, CancellationToken ct = default)
    {
        var periods = RetentionReport.PeriodsOf(options);

        if (!log.HasTimestamps)
        {
            return new RetentionResult(options.Granularity, periods, 0, null, false, [], []);
        }

        var filter = new CompiledFilter(log, options.Filter);
        var steps = new StepPair(log, options.Start, options.Return);
        var merged = CustomerPass.Run(log, filter, () => new RetentionVisitor(steps, options.Granularity, periods), ct);
        return RetentionReport.Build(options, merged);
    }

    /// <summary>
    /// A step's customers per day, week or month (and with a next step, how many went on to it), every period of the
    /// range listed, with totals; empty for sequence-only logs. See docs/analytics.md ("Step trends").
    /// </summary>
    public static StepTrendResult StepTrend(EventLog log, StepTrendOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options.Step, nameof(options));
        if (!log.HasTimestamps)
        {
            return new StepTrendResult(options.Granularity, 0, options.Next is null ? null : 0, null, null, false, []);
        }

        var filter = new CompiledFilter(log, options.Filter);
        var steps = new StepPair(log, options.Step, options.Next);
        var hasNext = options.Next is not null;
        var merged = CustomerPass.Run(log, filter, () => new StepTrendVisitor(steps, hasNext, options.Granularity), ct);
        return StepTrendReport.Build(options, merged);
    }
}
