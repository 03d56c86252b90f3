using System.Text.Json.Nodes;

namespace Waymark.Core.Operations.Internals;

/// <summary>Lanes and their cells.</summary>
internal sealed partial class EditRun
{
    private JsonArray Lanes => DocTree.List(Map, "lanes");

    private void AddLane(AddLaneEdit e)
    {
        var lane = Required(e.Lane, "edit.lane").DeepClone().AsObject();
        var id = Id(DocTree.IdOf(lane), "edit.lane.id");
        CheckNew(Tombstone.Lane, id, DocTree.IndexOf(Lanes, id) >= 0, e.Restore);
        DocTree.InsertAt(Lanes, e.Index, lane);
    }

    private void DeleteLane(DeleteLaneEdit e)
    {
        var at = LaneAt(Id(e.LaneId, "edit.laneId"));
        Lanes.RemoveAt(at);
        Bury(Tombstone.Lane, e.LaneId!);
    }

    private void MoveLane(MoveLaneEdit e) => DocTree.Move(Lanes, LaneAt(Id(e.LaneId, "edit.laneId")), e.ToIndex);

    private void SetCell(SetCellEdit e)
    {
        var lane = Lanes[LaneAt(Id(e.LaneId, "edit.laneId"))]!.AsObject();
        var stepId = Id(e.StepId, "edit.stepId");
        if (FindStep(stepId) is null)
        {
            throw Gone(Tombstone.Step, stepId);
        }

        if (e.Cell is null)
        {
            (lane["cells"] as JsonObject)?.Remove(stepId);
            return;
        }

        PutCell(lane, stepId, e.Cell);
    }

    /// <summary>Sets or, when it holds nothing, clears one cell (nulls dropped first, as absent).</summary>
    private static void PutCell(JsonObject lane, string stepId, JsonObject cell)
    {
        var clean = DocTree.WithoutNulls(cell);
        if (DocTree.IsEmptyCell(clean))
        {
            (lane["cells"] as JsonObject)?.Remove(stepId);
            return;
        }

        if (lane["cells"] is not JsonObject cells)
        {
            cells = [];
            lane["cells"] = cells;
        }

        cells[stepId] = clean;
    }

    private int LaneAt(string id)
    {
        var at = DocTree.IndexOf(Lanes, id);
        return at >= 0 ? at : throw Gone(Tombstone.Lane, id);
    }
}
