namespace Waymark.Server.Features.Segments;

/// <summary>The body of a segment creation or update, after validation.</summary>
public sealed record SegmentRequest(string Name, string? Description, SegmentConditions Conditions);
