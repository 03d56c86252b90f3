using Waymark.Core.Maps;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Comments;

/// <summary>
/// The places a thread can be pinned to, checked against the map document: a new thread must name a place that is
/// on the map; a listed thread whose place is gone is shown as on a removed place, with the name it had.
/// </summary>
internal static class CommentAnchors
{
    public const string Map = "map";
    public const string Stage = "stage";
    public const string Step = "step";
    public const string Cell = "cell";

    public static CommentAnchorDto Of(CommentThreadEntity thread) => new(thread.AnchorKind, thread.StageId, thread.StepId, thread.LaneId);

    /// <summary>The place's name on the map as it is now, or null when the place is no longer on it (the map: its name).</summary>
    public static string? LabelOn(JourneyMap map, CommentAnchorDto anchor) => anchor.Kind switch
    {
        Map => map.Name,
        Stage => map.Stages.Find(s => s.Id == anchor.StageId)?.Name,
        Step => FindStep(map, anchor.StepId)?.Name,
        Cell => map.Lanes.Find(l => l.Id == anchor.LaneId) is { } lane && FindStep(map, anchor.StepId) is { } step
            ? $"{lane.Title} · {step.Name}"
            : null,
        _ => null,
    };

    /// <summary>
    /// The anchor of a new thread, or the problem with it as (JSON path, message, whether the place is merely missing
    /// from the map, which is 422 rather than a malformed request's 400).
    /// </summary>
    public static (CommentAnchorDto? Anchor, string? Path, string? Message, bool Missing) Read(JourneyMap map, CommentAnchorRequest? request)
    {
        if (request is null || string.IsNullOrEmpty(request.Kind))
        {
            return (null, "anchor.kind", "a thread is pinned to a map, a stage, a step or a cell: name the kind", false);
        }

        CommentAnchorDto anchor = request.Kind switch
        {
            Map => new(Map),
            Stage => new(Stage, StageId: request.StageId),
            Step => new(Step, StageId: StageOf(map, request.StepId), StepId: request.StepId),
            Cell => new(Cell, StageId: StageOf(map, request.StepId), StepId: request.StepId, LaneId: request.LaneId),
            _ => new(""),
        };
        return anchor.Kind switch
        {
            "" => (null, "anchor.kind", $"'{request.Kind}' is not a kind of place: map, stage, step or cell", false),
            Stage when string.IsNullOrEmpty(request.StageId) => (null, "anchor.stageId", "a thread on a stage names the stage", false),
            Step or Cell when string.IsNullOrEmpty(request.StepId) => (null, "anchor.stepId", $"a thread on a {anchor.Kind} names the step", false),
            Cell when string.IsNullOrEmpty(request.LaneId) => (null, "anchor.laneId", "a thread on a cell names the lane", false),
            Stage when LabelOn(map, anchor) is null => (null, "anchor.stageId", $"the map has no stage '{request.StageId}'", true),
            Step or Cell when FindStep(map, request.StepId) is null => (null, "anchor.stepId", $"the map has no step '{request.StepId}'", true),
            Cell when LabelOn(map, anchor) is null => (null, "anchor.laneId", $"the map has no lane '{request.LaneId}'", true),
            _ => (anchor, null, null, false),
        };
    }

    private static Step? FindStep(JourneyMap map, string? stepId) => map.AllSteps().FirstOrDefault(s => s.Id == stepId);

    private static string? StageOf(JourneyMap map, string? stepId) => map.Stages.Find(s => s.Steps.Exists(p => p.Id == stepId))?.Id;
}
