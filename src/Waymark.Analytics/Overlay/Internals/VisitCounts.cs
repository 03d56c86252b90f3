using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Overlay.Internals;

/// <summary>Visitors and trend buckets of every bound step: one pass per 50 bound steps (one pass for most maps).</summary>
internal static class VisitCounts
{
    public static (long[] Visitors, long[][] Trend) Of(EventLog log, OverlayPlan plan, in EventFilter filter, TrendRange range)
    {
        var visitors = new long[plan.Steps.Count];
        var trend = new long[plan.Steps.Count][];
        var bound = plan.BoundSteps();
        var compiled = new CompiledFilter(log, filter);
        for (var first = 0; first < bound.Count; first += FunnelOptions.MaxSteps)
        {
            var chunk = bound.GetRange(first, Math.Min(FunnelOptions.MaxSteps, bound.Count - first));
            var steps = chunk.Select(i => Overlay.ToFunnelStep(plan.Steps[i])).ToList();
            if (steps.Count == 1)
            {
                steps.Add(new FunnelStep("", []));
            }

            var spec = new FunnelSpec(log, new FunnelOptions { Steps = steps });
            var merged = CustomerPass.Run(log, compiled, () => new StepVisits(spec, range, steps.Count));
            for (var k = 0; k < chunk.Count; k++)
            {
                visitors[chunk[k]] = merged.Visitors[k];
                trend[chunk[k]] = merged.Trend[(k * range.Count)..((k + 1) * range.Count)];
            }
        }

        return (visitors, trend);
    }
}
