namespace Waymark.Analytics.Mapping;

/// <summary>
/// Customers moving from one step to the next step they were seen on (null from: the journey's start; null to: its
/// end). <see cref="Events"/> counts every such move, <see cref="Customers"/> the distinct customers making it.
/// </summary>
public sealed record StepTransition(string? FromStepId, string? ToStepId, long Customers, long Events);
