namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>Customers whose best attempt started in the period beginning on <see cref="Start"/> (UTC): reached per step, and the share that completed.</summary>
public sealed record FunnelPeriodDto(DateOnly Start, IReadOnlyList<long> Reached, double Conversion);
