namespace Waymark.Server.Features.Explore;

/// <summary>The scope part of every Explore request: from/to (ISO 8601; from inclusive, to exclusive) and a segment id.</summary>
public sealed record ExploreQuery(string? From, string? To, string? Segment);
