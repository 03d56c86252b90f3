using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Overlay.Internals;

/// <summary>Visitors and trend buckets of every bound step, in groups of at most 50 steps (one for most maps).</summary>
internal sealed class VisitCounts
{
    private readonly List<List<int>> _groups = [];
    private readonly List<FunnelSpec> _specs = [];
    private readonly TrendRange _range;

    public VisitCounts(EventLog log, OverlayPlan plan, TrendRange range)
    {
        _range = range;
        var bound = plan.BoundSteps();
        for (var first = 0; first < bound.Count; first += FunnelOptions.MaxSteps)
        {
            var group = bound.GetRange(first, Math.Min(FunnelOptions.MaxSteps, bound.Count - first));
            var steps = FunnelPadding.AtLeastTwo([.. group.Select(i => OverlayEngine.ToFunnelStep(plan.Steps[i]))]);
            _groups.Add(group);
            _specs.Add(new FunnelSpec(log, new FunnelOptions { Steps = steps }));
        }

        Visitors = new long[plan.Steps.Count];
        Trend = new long[plan.Steps.Count][];
    }

    public long[] Visitors { get; }

    public long[][] Trend { get; }

    public StepVisits[] NewVisitors() => [.. _specs.Select(spec => new StepVisits(spec, _range, spec.StepCount))];

    public void Finish(StepVisits[] merged)
    {
        for (var g = 0; g < _groups.Count; g++)
        {
            var group = _groups[g];
            for (var k = 0; k < group.Count; k++)
            {
                Visitors[group[k]] = merged[g].Visitors[k];
                Trend[group[k]] = merged[g].Trend[(k * _range.Count)..((k + 1) * _range.Count)];
            }
        }
    }
}
