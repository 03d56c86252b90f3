namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>Conversion over time, oldest period first; <see cref="Truncated"/> when only the latest periods are listed.</summary>
public sealed record FunnelOverTimeDto(string Granularity, IReadOnlyList<FunnelPeriodDto> Periods, bool Truncated);
