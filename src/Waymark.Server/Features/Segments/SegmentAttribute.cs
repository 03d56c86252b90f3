namespace Waymark.Server.Features.Segments;

/// <summary>A segment's attribute condition: the customer's attribute <see cref="Key"/> is one of <see cref="Values"/>.</summary>
public sealed record SegmentAttribute(string Key, IReadOnlyList<string> Values);
