namespace Waymark.Server.Features.Segments;

/// <summary>
/// Who is in a segment: every attribute condition holds, did every activity in <see cref="Did"/>, none in
/// <see cref="DidNot"/>, and (when any are listed) was acquired through one of <see cref="Channels"/>.
/// </summary>
public sealed record SegmentConditions(
    IReadOnlyList<SegmentAttribute> Attributes,
    IReadOnlyList<string> Did,
    IReadOnlyList<string> DidNot,
    IReadOnlyList<string> Channels)
{
    public static SegmentConditions None { get; } = new([], [], [], []);
}
