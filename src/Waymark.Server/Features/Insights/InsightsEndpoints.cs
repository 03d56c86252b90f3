using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Insights;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.MapFeedback;

namespace Waymark.Server.Features.Insights;

/// <summary>Where it hurts on a map, for a time range and segment (docs/analytics.md, "Voice of the customer").</summary>
public static class InsightsEndpoints
{
    public static RouteGroupBuilder MapInsights(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/maps/{mapId}/insights", Get).RequireRole(WorkspaceRole.Viewer, shareGuestsNeedData: true).WithTags("Insights")
            .WithName("GetMapInsights").WithSummary("Where it hurts on a map: findings ranked with their evidence, for a time range and segment.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return workspace;
    }

    public static Task<Results<Ok<InsightsResult>, ValidationProblem, ProblemHttpResult>> Get(string workspaceId, string mapId, string? from, string? to, string? segment, string? window,
        WaymarkDbContext db, EventLogCache logs, FeedbackCache feedback, AnalysisGate gate, CancellationToken ct)
    {
        return new MapFeedbackRun(db, logs, feedback, gate).RunAsync(workspaceId, mapId, from, to, segment, window,
            (log, query, snapshot, token) => JourneyInsights.Find(log, query.Map, snapshot.Items, snapshot.Analyses, query.Options, snapshot.Topics, token), ct);
    }
}
