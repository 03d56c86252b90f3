namespace Waymark.Analytics.Engine;

/// <summary>
/// Paths by step. Towards an end activity, step 0 is that activity and step k is k events before it. A journey is
/// a customer, or a visit when a session gap is set. At every step the nodes add up to the journeys still going,
/// "other" included.
/// </summary>
public sealed record PathResult(bool Towards, string? Anchor, long Journeys, IReadOnlyList<PathNode> Nodes, IReadOnlyList<PathEdge> Edges)
{
    public const string Other = "other";
}
