namespace Waymark.Server.Features.Explore;

/// <summary>
/// The scope part of every Explore request: from/to (ISO 8601; from inclusive, to exclusive), a segment id, and the
/// event source to read: <see cref="Source"/> (a source id), else the source of <see cref="Map"/> (a map id), else the
/// workspace's default source. Both are optional so routes that name neither keep compiling and read the default.
/// </summary>
public sealed record ExploreQuery(string? From, string? To, string? Segment, string? Source = null, string? Map = null);
