namespace Waymark.Analytics.Engine;

/// <summary>
/// Paths by step. Towards an end activity, step 0 is that activity and step k is k events before it. A journey is
/// a customer, or a visit when a session gap is set. At every step the nodes add up to the journeys still going,
/// "other" included.
/// </summary>
public sealed record PathResult(bool Towards, string? Anchor, long Journeys, IReadOnlyList<PathNode> Nodes, IReadOnlyList<PathEdge> Edges)
{
    public const string Other = "other";

    /// <summary>The most common complete paths (see <see cref="PathOptions.TopPaths"/>), most journeys first.</summary>
    public IReadOnlyList<PathChain> Paths { get; init; } = [];

    /// <summary>How many different folded paths there are in all (more than <see cref="Paths"/> lists when cut).</summary>
    public int PathCount { get; init; }
}
