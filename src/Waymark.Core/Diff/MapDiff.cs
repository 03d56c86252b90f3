namespace Waymark.Core.Diff;

/// <summary>
/// What changed from one map (before) to another (after), in map order: map fields, personas, stages, steps, lanes,
/// then cells lane by lane. <see cref="Matching"/> says how the two maps' parts were paired (<see cref="DiffMatching"/>).
/// </summary>
public sealed record MapDiff(string Matching, IReadOnlyList<MapChange> Changes)
{
    public bool IsEmpty => Changes.Count == 0;
}
