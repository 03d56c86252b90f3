namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>A customer behind a bar: steps reached by the best attempt, when it started and reached its last step (UTC).</summary>
public sealed record FunnelCustomerDto(string Id, int Reached, DateTime? Started, DateTime? LastStep);
