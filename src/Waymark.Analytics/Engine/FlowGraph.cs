namespace Waymark.Analytics.Engine;

/// <summary>The directly-follows graph. Node and edge figures are those of the whole (filtered) log, also when the
/// percentage filters hide some nodes and edges.</summary>
public sealed record FlowGraph(IReadOnlyList<FlowNode> Nodes, IReadOnlyList<FlowEdge> Edges, long Customers, long Events)
{
    /// <summary>Activities with events before the percentage filters (the nodes of the whole graph).</summary>
    public int AllNodes { get; init; }

    /// <summary>Edges before the percentage filters.</summary>
    public int AllEdges { get; init; }

    /// <summary>Activities customers start with, most frequent first.</summary>
    public IEnumerable<FlowNode> StartActivities => Nodes.Where(n => n.Starts > 0).OrderByDescending(n => n.Starts);

    /// <summary>Activities customers end with, most frequent first.</summary>
    public IEnumerable<FlowNode> EndActivities => Nodes.Where(n => n.Ends > 0).OrderByDescending(n => n.Ends);
}
