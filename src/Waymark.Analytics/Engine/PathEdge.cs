namespace Waymark.Analytics.Engine;

/// <summary>Journeys going from one step's activity to the next step's.</summary>
public sealed record PathEdge(int FromStep, string From, string To, long Journeys);
