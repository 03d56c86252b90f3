using System.Text.Json.Nodes;

namespace Waymark.Core.Operations.Internals;

/// <summary>Stages and steps: add (with their cells, for undo), move and delete.</summary>
internal sealed partial class EditRun
{
    private JsonArray Stages => DocTree.List(Map, "stages");

    private void AddStage(AddStageEdit e)
    {
        var stage = Required(e.Stage, "edit.stage").DeepClone().AsObject();
        var id = Id(DocTree.IdOf(stage), "edit.stage.id");
        CheckNew(Tombstone.Stage, id, DocTree.IndexOf(Stages, id) >= 0, e.Restore);
        var stepIds = stage["steps"] is JsonArray steps ? steps.Select(DocTree.IdOf).OfType<string>().ToList() : [];
        foreach (var stepId in stepIds)
        {
            CheckNew(Tombstone.Step, stepId, FindStep(stepId) is not null, e.Restore);
        }

        DocTree.InsertAt(Stages, e.Index, stage);
        PutCells(e.Cells, stepIds);
    }

    private void DeleteStage(DeleteStageEdit e)
    {
        var id = Id(e.StageId, "edit.stageId");
        var at = DocTree.IndexOf(Stages, id);
        if (at < 0)
        {
            throw Gone(Tombstone.Stage, id);
        }

        var gone = Stages[at] is JsonObject { } s && s["steps"] is JsonArray steps
            ? steps.Select(DocTree.IdOf).OfType<string>().ToHashSet(StringComparer.Ordinal) : [];
        Stages.RemoveAt(at);
        RemoveCells(gone);
        Bury(Tombstone.Stage, id);
        foreach (var stepId in gone)
        {
            Bury(Tombstone.Step, stepId);
        }
    }

    private void MoveStage(MoveStageEdit e)
    {
        var id = Id(e.StageId, "edit.stageId");
        var at = DocTree.IndexOf(Stages, id);
        if (at < 0)
        {
            throw Gone(Tombstone.Stage, id);
        }

        DocTree.Move(Stages, at, e.ToIndex);
    }

    private void AddStep(AddStepEdit e)
    {
        var stageId = Id(e.StageId, "edit.stageId");
        var step = Required(e.Step, "edit.step").DeepClone().AsObject();
        var id = Id(DocTree.IdOf(step), "edit.step.id");
        var at = DocTree.IndexOf(Stages, stageId);
        if (at < 0)
        {
            throw Gone(Tombstone.Stage, stageId);
        }

        CheckNew(Tombstone.Step, id, FindStep(id) is not null, e.Restore);
        DocTree.InsertAt(DocTree.List(Stages[at]!.AsObject(), "steps"), e.Index, step);
        PutCells(e.Cells, [id]);
    }

    private void DeleteStep(DeleteStepEdit e)
    {
        var id = Id(e.StepId, "edit.stepId");
        var (steps, index) = FindStep(id) ?? throw Gone(Tombstone.Step, id);
        steps.RemoveAt(index);
        RemoveCells(new HashSet<string>(StringComparer.Ordinal) { id });
        Bury(Tombstone.Step, id);
    }

    private void MoveStep(MoveStepEdit e)
    {
        var id = Id(e.StepId, "edit.stepId");
        var toStageId = Id(e.ToStageId, "edit.toStageId");
        var (steps, index) = FindStep(id) ?? throw Gone(Tombstone.Step, id);
        var to = DocTree.IndexOf(Stages, toStageId);
        if (to < 0)
        {
            throw Gone(Tombstone.Stage, toStageId);
        }

        var step = steps[index]!;
        steps.RemoveAt(index);
        DocTree.InsertAt(DocTree.List(Stages[to]!.AsObject(), "steps"), e.ToIndex, step);
    }

    private (JsonArray Steps, int Index)? FindStep(string id)
    {
        foreach (var (_, steps, index, step) in DocTree.Steps(Map))
        {
            if (DocTree.IdOf(step) == id)
            {
                return (steps, index);
            }
        }

        return null;
    }

    /// <summary>edits.ts withoutCells: the cells of steps that are gone leave every lane.</summary>
    private void RemoveCells(HashSet<string> stepIds)
    {
        if (stepIds.Count == 0 || Map["lanes"] is not JsonArray lanes)
        {
            return;
        }

        foreach (var lane in lanes.OfType<JsonObject>())
        {
            if (lane["cells"] is JsonObject cells)
            {
                foreach (var stepId in stepIds)
                {
                    cells.Remove(stepId);
                }
            }
        }
    }

    /// <summary>
    /// The cells an undo of a delete brings back, keyed by lane and step. Lanes that are gone are skipped (their
    /// delete wins); a step the edit does not add is refused, so an add cannot write cells elsewhere.
    /// </summary>
    private void PutCells(JsonObject? cells, IReadOnlyCollection<string> stepIds)
    {
        if (cells is null)
        {
            return;
        }

        var lanes = Map["lanes"] as JsonArray;
        foreach (var (laneId, byStep) in cells)
        {
            if (byStep is not JsonObject steps)
            {
                throw Rejection.Invalid($"edit.cells.{laneId}", "cells of a lane must be an object keyed by step id");
            }

            var at = DocTree.IndexOf(lanes, laneId);
            foreach (var (stepId, cell) in steps)
            {
                if (!stepIds.Contains(stepId))
                {
                    throw Rejection.Invalid($"edit.cells.{laneId}.{stepId}", "not a step this edit adds");
                }

                if (at >= 0 && cell is JsonObject c)
                {
                    PutCell(lanes![at]!.AsObject(), stepId, c);
                }
            }
        }
    }
}
