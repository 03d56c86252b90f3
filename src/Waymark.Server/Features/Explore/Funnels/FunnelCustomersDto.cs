namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>A page of the customers behind a bar, in the log's order, and how many there are (equal to the bar's figure).</summary>
public sealed record FunnelCustomersDto(long Total, int Offset, int Limit, IReadOnlyList<FunnelCustomerDto> Customers);
