namespace Waymark.Server.Features.Collab;

/// <summary>What a person has selected: a cell (lane and step), a step, or a stage.</summary>
public sealed record PresenceSelection(string? LaneId, string? StepId, string? StageId);
