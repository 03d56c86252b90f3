using System.Text.Json.Nodes;

namespace Waymark.Core.Operations.Internals;

/// <summary>Patches: only the members present change (null clears one); each member is a last-writer-wins key.</summary>
internal sealed partial class EditRun
{
    private static readonly HashSet<string> MapFields = new(StringComparer.Ordinal)
    {
        "name", "description", "kind", "emotionScale", "basedOnMapId", "entryStepId", "outcomeStepId",
    };

    private static readonly HashSet<string> LaneFields = new(StringComparer.Ordinal) { "title", "personaId" };

    private static readonly HashSet<string> StageFixed = new(StringComparer.Ordinal) { "id", "steps" };

    private static readonly HashSet<string> StepFixed = new(StringComparer.Ordinal) { "id" };

    private void UpdateMap(UpdateMapEdit e)
    {
        DocTree.Patch(Map, e.Patch, "edit.patch", MapFields);
    }

    private void UpdateScope(UpdateScopeEdit e)
    {
        if (Map["scope"] is not JsonObject scope)
        {
            scope = [];
            Map["scope"] = scope;
        }

        DocTree.Patch(scope, e.Patch, "edit.patch", null);
    }

    private void UpdateStage(UpdateStageEdit e)
    {
        var id = Id(e.StageId, "edit.stageId");
        var at = DocTree.IndexOf(Stages, id);
        if (at < 0)
        {
            throw Gone(Tombstone.Stage, id);
        }

        DocTree.Patch(Stages[at]!.AsObject(), e.Patch, "edit.patch", null, StageFixed);
    }

    private void UpdateStep(UpdateStepEdit e)
    {
        var id = Id(e.StepId, "edit.stepId");
        var (steps, index) = FindStep(id) ?? throw Gone(Tombstone.Step, id);
        DocTree.Patch(steps[index]!.AsObject(), e.Patch, "edit.patch", null, StepFixed);
    }

    private void UpdateLane(UpdateLaneEdit e)
    {
        var id = Id(e.LaneId, "edit.laneId");
        DocTree.Patch(Lanes[LaneAt(id)]!.AsObject(), e.Patch, "edit.patch", LaneFields);
    }

    /// <summary>
    /// The whole document (a PUT or a restore). Its id must stay the map's; things it holds are no longer deleted, so
    /// their tombstones go and later edits to them apply.
    /// </summary>
    private void ReplaceDocument(ReplaceDocumentEdit e)
    {
        var next = Required(e.Map, "edit.map").DeepClone().AsObject();
        if (DocTree.IdOf(next) != DocTree.IdOf(Map))
        {
            throw Rejection.Invalid("edit.map.id", $"the document's id is not this map's id '{DocTree.IdOf(Map)}'");
        }

        Map.Clear();
        foreach (var (key, value) in next.ToList())
        {
            next.Remove(key);
            Map[key] = value;
        }

        foreach (var tomb in state.Tombstones)
        {
            if (Holds(tomb))
            {
                Removed.Add((tomb.Kind, tomb.Id));
            }
        }
    }

    private bool Holds(Tombstone tomb) => tomb.Kind switch
    {
        Tombstone.Stage => DocTree.IndexOf(Map["stages"] as JsonArray, tomb.Id) >= 0,
        Tombstone.Step => FindStep(tomb.Id) is not null,
        Tombstone.Lane => DocTree.IndexOf(Map["lanes"] as JsonArray, tomb.Id) >= 0,
        _ => DocTree.IndexOf(Map["personas"] as JsonArray, tomb.Id) >= 0,
    };
}
