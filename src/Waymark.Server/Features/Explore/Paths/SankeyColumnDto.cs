namespace Waymark.Server.Features.Explore.Paths;

/// <summary>
/// A column of the Sankey (0 is the start; going backward, column k is k steps before it). Its nodes add up to
/// <see cref="Customers"/>, which always equals the start's customers: every customer is in exactly one node.
/// </summary>
public sealed record SankeyColumnDto(int Column, long Customers, IReadOnlyList<SankeyNodeDto> Nodes);
