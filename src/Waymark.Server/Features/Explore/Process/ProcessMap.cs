namespace Waymark.Server.Features.Explore.Process;

/// <summary>
/// The process map of a scope: the directly-follows graph of the customers' events (of a map's bound activities, or
/// of all) cut to the asked coverage and kept connected, where customers start and end, the most common variants,
/// and with a map its designed order. Figures are those of the whole scope: the cut hides, it does not recount.
/// </summary>
public sealed record ProcessMap(
    string? From,
    string? To,
    string Segment,
    string? MapId,
    long Customers,
    long Events,
    double ActivityPercent,
    double PathPercent,
    int AllActivities,
    int AllEdges,
    IReadOnlyList<ProcessNode> Nodes,
    IReadOnlyList<ProcessEdge> Edges,
    IReadOnlyList<ProcessMarker> Starts,
    IReadOnlyList<ProcessMarker> Ends,
    ProcessVariants Variants,
    ProcessDesign? Designed);
