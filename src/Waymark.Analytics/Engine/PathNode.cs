namespace Waymark.Analytics.Engine;

/// <summary>An activity at a step of the paths: journeys there, their share of the anchor step, and journeys ending there.</summary>
public sealed record PathNode(int Step, string Activity, long Journeys, double ShareOfStart, long DropOff);
