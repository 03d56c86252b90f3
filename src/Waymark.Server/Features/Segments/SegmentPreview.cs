namespace Waymark.Server.Features.Segments;

/// <summary>
/// What an unsaved segment would hold: its customers among all customers of the period, and the names its conditions
/// use that the workspace's data does not know (each such condition alone makes the segment match nobody, except a
/// channel, which only narrows).
/// </summary>
public sealed record SegmentPreview(
    long Customers,
    long AllCustomers,
    double Share,
    IReadOnlyList<string> UnknownActivities,
    IReadOnlyList<string> UnknownAttributes,
    IReadOnlyList<string> UnknownChannels);
