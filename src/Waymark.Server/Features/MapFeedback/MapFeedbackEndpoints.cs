using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Feedback;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Analysis;

namespace Waymark.Server.Features.MapFeedback;

/// <summary>Feedback placed on a map's steps, per step, for a time range and segment (docs/analytics.md, "Voice of the customer").</summary>
public static class MapFeedbackEndpoints
{
    public static RouteGroupBuilder MapStepFeedback(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/maps/{mapId}/feedback", Get).RequireRole(WorkspaceRole.Viewer, shareGuestsNeedData: true).WithTags("Feedback")
            .WithName("GetMapFeedback").WithSummary("Feedback placed on a map's steps, per step, for a time range and segment.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return workspace;
    }

    public static Task<Results<Ok<FeedbackFigures>, ValidationProblem, ProblemHttpResult>> Get(string workspaceId, string mapId, string? from, string? to, string? segment, string? window,
        WaymarkDbContext db, EventLogCache logs, FeedbackCache feedback, AnalysisGate gate, CancellationToken ct)
    {
        return new MapFeedbackRun(db, logs, feedback, gate).RunAsync(workspaceId, mapId, from, to, segment, window,
            (log, query, snapshot, token) => FeedbackOnMap.Compute(log, query.Map, snapshot.Items, snapshot.Analyses, query.Options, snapshot.Topics, token), ct);
    }
}
