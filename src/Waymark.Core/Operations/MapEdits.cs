using System.Text.Json.Nodes;

namespace Waymark.Core.Operations;

// The edits are one-line records that only name their JSON; they are kept together so the list reads like the
// TypeScript union it mirrors. Indices are numbers as in JSON (clamped and truncated when applied).

public sealed record UpdateMapEdit(JsonObject? Patch) : MapEdit;

public sealed record UpdateScopeEdit(JsonObject? Patch) : MapEdit;

public sealed record AddStageEdit(JsonObject? Stage, double Index, JsonObject? Cells = null, bool? Restore = null) : MapEdit;

public sealed record UpdateStageEdit(string? StageId, JsonObject? Patch) : MapEdit;

public sealed record DeleteStageEdit(string? StageId) : MapEdit;

public sealed record MoveStageEdit(string? StageId, double ToIndex) : MapEdit;

public sealed record AddStepEdit(string? StageId, JsonObject? Step, double Index, JsonObject? Cells = null, bool? Restore = null) : MapEdit;

public sealed record UpdateStepEdit(string? StepId, JsonObject? Patch) : MapEdit;

public sealed record DeleteStepEdit(string? StepId) : MapEdit;

public sealed record MoveStepEdit(string? StepId, string? ToStageId, double ToIndex) : MapEdit;

public sealed record AddLaneEdit(JsonObject? Lane, double Index, bool? Restore = null) : MapEdit;

public sealed record UpdateLaneEdit(string? LaneId, JsonObject? Patch) : MapEdit;

public sealed record DeleteLaneEdit(string? LaneId) : MapEdit;

public sealed record MoveLaneEdit(string? LaneId, double ToIndex) : MapEdit;

/// <summary>A null or absent cell, or one with nothing in it, clears the cell.</summary>
public sealed record SetCellEdit(string? LaneId, string? StepId, JsonObject? Cell) : MapEdit;

/// <summary>Without an index the persona goes last (as the persona sheet adds); an undo of a removal puts it back where it was.</summary>
public sealed record AddPersonaEdit(JsonObject? Persona, bool? Restore = null, double? Index = null) : MapEdit;

public sealed record UpdatePersonaEdit(JsonObject? Persona) : MapEdit;

public sealed record RemovePersonaEdit(string? PersonaId) : MapEdit;

/// <summary>The whole document: a PUT (logged by the server) or a restore.</summary>
public sealed record ReplaceDocumentEdit(JsonObject? Map) : MapEdit;
