using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>Builds the public flow graph from the merged accumulator, applying the percentage filters.</summary>
internal static class FlowReport
{
    public static FlowGraph Build(EventLog log, in FlowOptions options, FlowVisitor merged)
    {
        var slots = merged.Edges;
        slots.Flush();
        var edges = new (int From, int To, long Events)[slots.Count];
        for (var s = 0; s < slots.Count; s++)
        {
            edges[s] = (slots.From(s), slots.To(s), slots.Tallies[s].Events);
        }

        var filter = new FlowGraphFilter(merged.NodeEvents, merged.Starts, merged.Ends, edges);
        var (keptNodes, keptEdges) = filter.Select(options.ActivityPercent, options.PathPercent);
        var nodes = new List<FlowNode>();
        for (var a = 0; a < keptNodes.Length; a++)
        {
            if (keptNodes[a])
            {
                nodes.Add(new FlowNode(log.Activities[a], merged.NodeEvents[a], merged.NodeCustomers[a], merged.Starts[a], merged.Ends[a]));
            }
        }

        // Only the edges shown need their quantiles: a coverage below 100 % hides the weakest edges, and their
        // durations are released unread.
        var shown = new LongList?[slots.Count];
        for (var s = 0; s < slots.Count; s++)
        {
            shown[s] = keptEdges[s] ? slots.Durations[s] : null;
        }

        var durations = Quantiles.SummarizeAll(shown);
        var result = new List<FlowEdge>();
        for (var s = 0; s < slots.Count; s++)
        {
            slots.Durations[s]?.Release();
            if (keptEdges[s])
            {
                result.Add(new FlowEdge(log.Activities[edges[s].From], log.Activities[edges[s].To], edges[s].Events, slots.Tallies[s].Customers, durations[s]));
            }
        }

        nodes.Sort((x, y) => y.Events != x.Events ? y.Events.CompareTo(x.Events) : string.CompareOrdinal(x.Activity, y.Activity));
        result.Sort((x, y) => y.Events != x.Events ? y.Events.CompareTo(x.Events) : Compare(x, y));
        return new FlowGraph(nodes, result, merged.Customers, merged.Events)
        {
            AllNodes = merged.NodeEvents.Count(e => e > 0),
            AllEdges = slots.Count,
        };
    }

    private static int Compare(FlowEdge x, FlowEdge y)
    {
        var byFrom = string.CompareOrdinal(x.From, y.From);
        return byFrom != 0 ? byFrom : string.CompareOrdinal(x.To, y.To);
    }
}
