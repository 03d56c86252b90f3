using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Overlay.Internals;

/// <summary>
/// An Ordered funnel through <see cref="Analyze.Funnel"/> itself, so the overlay's figures are the funnel's by
/// construction. A one-step funnel is padded with a step nothing completes (the engine needs two).
/// </summary>
internal sealed class FunnelRun
{
    private FunnelRun(long[] customers, double?[] median, double?[] p90)
    {
        Customers = customers;
        Median = median;
        P90 = p90;
    }

    public long[] Customers { get; }

    /// <summary>Seconds from the previous step (null for the first).</summary>
    public double?[] Median { get; }

    public double?[] P90 { get; }

    public static FunnelRun Of(EventLog log, IReadOnlyList<FunnelStep> steps, in EventFilter filter)
    {
        var count = steps.Count;
        if (count == 0)
        {
            return new FunnelRun([], [], []);
        }

        IReadOnlyList<FunnelStep> run = count == 1 ? [steps[0], new FunnelStep("", [])] : steps;
        var result = Analyze.Funnel(log, new FunnelOptions { Steps = run, Mode = FunnelMode.Ordered, Filter = filter });
        var (customers, median, p90) = (new long[count], new double?[count], new double?[count]);
        for (var i = 0; i < count; i++)
        {
            var step = result.Steps[i];
            customers[i] = step.Customers;
            var timed = i > 0 && step.TimeFromPrevious.Count > 0;
            median[i] = timed ? step.TimeFromPrevious.Median.TotalSeconds : null;
            p90[i] = timed ? step.TimeFromPrevious.P90.TotalSeconds : null;
        }

        return new FunnelRun(customers, median, p90);
    }
}
