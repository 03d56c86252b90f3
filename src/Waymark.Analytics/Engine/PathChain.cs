namespace Waymark.Analytics.Engine;

/// <summary>
/// One complete path, folded like the nodes ("other" for an activity not kept at its step): its activities step by
/// step (fewer than the depth when the journey ended), the journeys that took it and their share of the start.
/// </summary>
public sealed record PathChain(IReadOnlyList<string> Activities, long Journeys, double ShareOfStart);
