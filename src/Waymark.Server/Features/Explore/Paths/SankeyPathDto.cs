namespace Waymark.Server.Features.Explore.Paths;

/// <summary>One complete path through the Sankey: a node id per column ("ended" once the journey stops).</summary>
public sealed record SankeyPathDto(IReadOnlyList<string> Nodes, long Customers, double ShareOfStart);
