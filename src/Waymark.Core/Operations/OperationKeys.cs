namespace Waymark.Core.Operations;

/// <summary>
/// The last-writer-wins keys an edit writes: one per patched property (<c>step:&lt;id&gt;:name</c>), one per cell
/// (<c>cell:&lt;laneId&gt;:&lt;stepId&gt;</c>), one per persona (an update replaces the whole persona). Derived from
/// the edit alone, so a server can rebuild who wrote what from its log.
/// </summary>
public static class OperationKeys
{
    public static IReadOnlyList<string> Of(MapEdit edit) => edit switch
    {
        UpdateMapEdit e => Patched("map:", e.Patch),
        UpdateScopeEdit e => Patched("scope:", e.Patch),
        UpdateStageEdit e => Patched($"stage:{e.StageId}:", e.Patch),
        UpdateStepEdit e => Patched($"step:{e.StepId}:", e.Patch),
        UpdateLaneEdit e => Patched($"lane:{e.LaneId}:", e.Patch),
        SetCellEdit e => [$"cell:{e.LaneId}:{e.StepId}"],
        UpdatePersonaEdit e => [$"persona:{(e.Persona?["id"] is { } id ? id.ToString() : "")}"],
        _ => [],
    };

    private static string[] Patched(string prefix, System.Text.Json.Nodes.JsonObject? patch) =>
        patch is null ? [] : patch.Select(m => prefix + m.Key).ToArray();
}
