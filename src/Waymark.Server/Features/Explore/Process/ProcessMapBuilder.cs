using Waymark.Analytics.Engine;
using Waymark.Core.Maps;

namespace Waymark.Server.Features.Explore.Process;

/// <summary>The engine's process result as the API's process map.</summary>
internal static class ProcessMapBuilder
{
    public static ProcessMap Build(ExploreScope scope, in ProcessOptions options, ProcessResult result, (string Id, JourneyMap Map)? map)
    {
        var flow = result.Flow;
        var customers = flow.Customers;
        double Share(long n) => customers == 0 ? 0 : (double)n / customers;
        var nodes = flow.Nodes.Select(n => new ProcessNode(n.Activity, n.Customers, n.Events, Share(n.Customers))).ToList();
        var edges = flow.Edges.Select(e => new ProcessEdge(e.From, e.To, e.Events, e.Customers, e.Duration.Median.TotalSeconds, e.Duration.P90.TotalSeconds)).ToList();
        var starts = flow.StartActivities.Select(n => new ProcessMarker(n.Activity, n.Starts)).ToList();
        var ends = flow.EndActivities.Select(n => new ProcessMarker(n.Activity, n.Ends)).ToList();
        var variants = new ProcessVariants(result.Variants.Customers, result.Variants.VariantCount,
            [.. result.Variants.Top.Select(v => new ProcessVariant(v.Activities, v.Customers, v.Share, v.MedianDuration.TotalSeconds))]);
        var designed = map is { } m ? ProcessDesignOrder.Build(m.Id, m.Map, result.Stats) : null;
        return new ProcessMap(scope.From, scope.To, scope.Series.Key, map?.Id, customers, flow.Events,
            options.ActivityPercent, options.PathPercent, flow.AllNodes, flow.AllEdges, nodes, edges, starts, ends, variants, designed);
    }
}
