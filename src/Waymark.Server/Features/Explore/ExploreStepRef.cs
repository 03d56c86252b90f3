namespace Waymark.Server.Features.Explore;

/// <summary>
/// A step of an Explore analysis: a map step (<see cref="StepId"/>, read through its binding on the scope's map)
/// or one activity of the events (<see cref="Activity"/>). Exactly one is set.
/// </summary>
public sealed record ExploreStepRef(string? StepId, string? Activity);
