using Waymark.Core.Diff;

namespace Waymark.Server.Features.Diff;

/// <summary>
/// A map compared with another map or with one of its own revisions: which two (before, after), how their parts
/// were matched (<see cref="DiffMatching"/>) and every change in map order.
/// </summary>
public sealed record MapDiffAnswer(DiffSide Before, DiffSide After, string Matching, IReadOnlyList<MapChange> Changes);

/// <summary>
/// One side of a comparison: the map, and the revision when it is a stored revision rather than the map as it is now,
/// or the op seq it was rebuilt at (with a label: the name of a version at that seq, else "as of" the op's time).
/// </summary>
public sealed record DiffSide(string MapId, string Name, int? Revision, long? Seq = null, string? Label = null);
