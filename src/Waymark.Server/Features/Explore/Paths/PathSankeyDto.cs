namespace Waymark.Server.Features.Explore.Paths;

/// <summary>
/// One series' paths as a Sankey: the customers at the start, the columns (each adding up to them), the links
/// between neighbouring columns, the most common complete paths and how many different paths there are.
/// </summary>
public sealed record PathSankeyDto(
    string Key,
    string Name,
    long Customers,
    IReadOnlyList<SankeyColumnDto> Columns,
    IReadOnlyList<SankeyLinkDto> Links,
    IReadOnlyList<SankeyPathDto> Paths,
    int PathCount);
