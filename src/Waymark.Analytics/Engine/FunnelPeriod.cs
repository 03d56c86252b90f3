namespace Waymark.Analytics.Engine;

/// <summary>
/// The customers whose best attempt started in one period (from <see cref="Start"/>, UTC): how many reached each
/// step. Summed over the periods they equal the funnel's own step figures.
/// </summary>
public sealed record FunnelPeriod(DateOnly Start, IReadOnlyList<long> Reached);
