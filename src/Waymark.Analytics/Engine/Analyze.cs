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
        var merged = CustomerPass.Run(log, filter, () => new FunnelVisitor(log, spec, breakdown));
        return FunnelReport.Build(log, options, merged);
    }
}
