using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Overlay.Internals;

/// <summary>
/// An Ordered funnel run with the engine's own spec, visitor and report, so the overlay's figures are
/// <see cref="Analyze.Funnel"/>'s by construction. A one-step funnel is padded with a step nothing completes (the
/// engine needs two); no step: no funnel.
/// </summary>
internal sealed class FunnelRun
{
    private readonly FunnelOptions _options;
    private readonly FunnelSpec? _spec;

    public FunnelRun(EventLog log, IReadOnlyList<FunnelStep> steps, in EventFilter filter)
    {
        Count = steps.Count;
        var run = FunnelPadding.AtLeastTwo(steps);
        _options = new FunnelOptions { Steps = run, Mode = FunnelMode.Ordered, Filter = filter };
        _spec = Count == 0 ? null : new FunnelSpec(log, _options);
    }

    /// <summary>A run measured elsewhere (pushed down): its customers and times from the previous step per step.</summary>
    public FunnelRun(long[] customers, double?[] median, double?[] p90)
    {
        _options = default;
        Count = customers.Length;
        (Customers, Median, P90) = (customers, median, p90);
    }

    public int Count { get; }

    public long[] Customers { get; private set; } = [];

    /// <summary>Seconds from the previous step (null for the first).</summary>
    public double?[] Median { get; private set; } = [];

    public double?[] P90 { get; private set; } = [];

    public FunnelVisitor? NewVisitor(EventLog log) => _spec is null ? null : new FunnelVisitor(log, _spec, default);

    /// <summary>Reads the merged visitor's figures through the engine's funnel report.</summary>
    public void Finish(EventLog log, FunnelVisitor? merged)
    {
        if (merged is null)
        {
            return;
        }

        var result = FunnelReport.Build(log, _options, merged);
        (Customers, Median, P90) = (new long[Count], new double?[Count], new double?[Count]);
        for (var i = 0; i < Count; i++)
        {
            var step = result.Steps[i];
            Customers[i] = step.Customers;
            var timed = i > 0 && step.TimeFromPrevious.Count > 0;
            Median[i] = timed ? step.TimeFromPrevious.Median.TotalSeconds : null;
            P90[i] = timed ? step.TimeFromPrevious.P90.TotalSeconds : null;
        }
    }
}
