using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// The process map's reports from the threads' accumulators. The variants' merge (each thread's table added into one)
/// and their report walk every customer on one core, so they run beside the flow's merge, the statistics and the flow
/// graph, whose quantile selections take the other core and both once the variants are done.
/// </summary>
internal static class ProcessReport
{
    public static ProcessResult Build(EventLog log, ProcessOptions options, List<FlowVisitor> flows, List<VariantVisitor> variants, CancellationToken ct)
    {
        var activities = log.Activities.Count;
        StatsResult? stats = null;
        FlowGraph? flow = null;
        VariantResult? top = null;
        Parallel.Invoke(
            PassOptions.For(-1, ct),
            () =>
            {
                var merged = CustomerPass.MergeAll(flows, () => new FlowVisitor(activities, options.WithStats));
                stats = options.WithStats ? StatsReport.Build(log, merged.Customers, merged.Events, merged.Nodes) : null;
                flow = FlowReport.Build(log, new FlowOptions { ActivityPercent = options.ActivityPercent, PathPercent = options.PathPercent }, merged);
            },
            () =>
            {
                var merged = CustomerPass.MergeAll(variants, () => new VariantVisitor());
                top = VariantReport.Build(log, new VariantOptions { Top = options.Top }.EffectiveTop, merged);
            });
        return new ProcessResult(flow!, top!, stats);
    }
}
