namespace Waymark.Core.Diff;

/// <summary>
/// Where a changed part sits in one of the two maps, by that map's ids, so a viewer can mark it on the grid.
/// <see cref="Index"/> is the part's position in its list (a stage among stages, a step within its stage, a lane
/// among lanes, a persona among personas). A removed step's place in the after map names only the stage it
/// would have stood in (when that stage is still there).
/// </summary>
public sealed record DiffPlace(string? StageId = null, string? StepId = null, string? LaneId = null, string? PersonaId = null, int? Index = null);
