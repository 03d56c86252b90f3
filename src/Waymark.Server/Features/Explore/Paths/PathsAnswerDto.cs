namespace Waymark.Server.Features.Explore.Paths;

/// <summary>
/// The paths view's answer: the period, the start (its label; null when paths start at each journey's first or
/// last event), the settings used, and one Sankey per series (the segment, then the compared one).
/// </summary>
public sealed record PathsAnswerDto(
    string? From,
    string? To,
    string? Start,
    string Direction,
    int Depth,
    int Width,
    bool Collapse,
    IReadOnlyList<PathSankeyDto> Series);
