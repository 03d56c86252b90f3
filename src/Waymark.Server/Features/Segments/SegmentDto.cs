namespace Waymark.Server.Features.Segments;

/// <summary>A saved segment as the API returns it.</summary>
public sealed record SegmentDto(string Id, string Name, string? Description, SegmentConditions Conditions, DateTime UpdatedAt);
