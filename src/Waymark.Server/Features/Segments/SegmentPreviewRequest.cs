namespace Waymark.Server.Features.Segments;

/// <summary>The body of a segment preview: the conditions as the editor holds them, not yet saved.</summary>
public sealed record SegmentPreviewRequest(SegmentConditions Conditions);
