namespace Waymark.Server.Features.Explore.Paths;

/// <summary>Customers going from a node of one column to a node of the next, and their share of the start.</summary>
public sealed record SankeyLinkDto(string Source, string Target, long Customers, double ShareOfStart);
