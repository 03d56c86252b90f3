using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;
using Waymark.Analytics.Overlay.Internals;

namespace Waymark.Analytics.Overlay;

/// <summary>
/// The measured figures laid over a journey map (docs/analytics.md, "Overlay"): an Ordered funnel over the bound
/// steps from entry to outcome, stages rolled up from it, visitors and trends per step, colour levels, and the
/// comparison of two series.
/// </summary>
public static class OverlayEngine
{
    /// <param name="ct">Stops the pass over the customers between chunks (<see cref="OperationCanceledException"/>).</param>
    public static OverlayFigures Compute(EventLog log, in OverlayOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        var plan = new OverlayPlan(options);
        if (TooLong(plan) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var funnel = new FunnelRun(log, [.. plan.Funnel.Select(i => ToFunnelStep(plan.Steps[i]))], options.Filter);
        var range = TrendRange.Of(log, options.Filter);
        var visits = new VisitCounts(log, plan, range);
        var merged = CustomerPass.Run(log, new CompiledFilter(log, options.Filter),
            () => new OverlayVisitor(funnel.NewVisitor(log), visits.NewVisitors()), ct);
        funnel.Finish(log, merged.Steps);
        visits.Finish(merged.Visits);
        return Assemble(plan, options, funnel, visits.Visitors, visits.Trend, range);
    }

    /// <summary>
    /// The figures from what was measured: the step funnel, visitors per step and trend counts per step (indexes into
    /// the plan's steps), so that the engine and pushdown (Waymark.Pushdown) build them the same way.
    /// </summary>
    internal static OverlayFigures Assemble(OverlayPlan plan, in OverlayOptions options, FunnelRun funnel, long[] visitors, long[][] trend, TrendRange range)
    {
        var steps = StepFigureBuilder.Build(plan, funnel, visitors, trend, range);
        var stages = StageFigureBuilder.Build(plan, options, funnel);
        var entrants = funnel.Customers.Length > 0 ? funnel.Customers[0] : 0;
        var reached = funnel.Customers.Length > 0 ? funnel.Customers[^1] : 0;
        return new OverlayFigures(plan.EntryStepId, plan.OutcomeStepId, plan.UnboundStepIds, entrants,
            new OutcomeFigures(reached, Share(reached, entrants) ?? 0), steps, stages);
    }

    /// <summary>Why the options cannot be computed (more in-funnel steps than a funnel holds), or null.</summary>
    public static string? Problem(in OverlayOptions options) => TooLong(new OverlayPlan(options));

    /// <summary>Per in-funnel step of <paramref name="a"/>: its share of entrants against <paramref name="b"/>'s.</summary>
    public static IReadOnlyList<StepComparison> Compare(OverlayFigures a, OverlayFigures b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var result = new List<StepComparison>();
        foreach (var step in a.Steps)
        {
            if (step.InFunnel && b.Steps.FirstOrDefault(s => s.StepId == step.StepId && s.InFunnel) is { } other)
            {
                result.Add(TwoProportionTest.Compare(step.StepId, step.Customers, a.Entrants, other.Customers, b.Entrants));
            }
        }

        return result;
    }

    internal static string? TooLong(OverlayPlan plan) => plan.Funnel.Count <= FunnelOptions.MaxSteps ? null
        : $"the map has {plan.Funnel.Count} bound steps from entry to outcome; the overlay's funnel holds at most {FunnelOptions.MaxSteps}: choose a later entry or an earlier outcome";

    internal static FunnelStep ToFunnelStep(OverlayStep step) => new(step.Id, step.Activities) { Conditions = step.Conditions ?? [] };

    internal static double? Share(long part, long whole) => whole == 0 ? null : (double)part / whole;
}
