using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Insights;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.MapFeedback;

namespace Waymark.Server.Features.Insights;

/// <summary>Where it hurts on a map, for a time range and segment (docs/analytics.md, "Voice of the customer").</summary>
public static class InsightsEndpoints
{
    public static RouteGroupBuilder MapInsights(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/maps/{mapId}/insights", Get).WithTags("Insights")
            .WithName("GetMapInsights").WithSummary("Where it hurts on a map: findings ranked with their evidence, for a time range and segment.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return workspace;
    }

    public static async Task<Results<Ok<InsightsResult>, ValidationProblem, ProblemHttpResult>> Get(string workspaceId, string mapId, string? from, string? to, string? segment, string? window,
        WaymarkDbContext db, EventLogCache logs, FeedbackCache feedback, AnalysisGate gate, CancellationToken ct)
    {
        var (query, invalid, missing) = await FeedbackQuery.ParseAsync(db, workspaceId, mapId, from, to, segment, window, ct);
        if (query is null)
        {
            return invalid is not null ? invalid : missing!;
        }

        if (gate.Refuse(query.Map) is { } tooLarge)
        {
            return tooLarge;
        }

        var log = await logs.GetAsync(workspaceId, ct);
        var snapshot = await feedback.GetAsync(workspaceId, ct);
        return TypedResults.Ok(await gate.RunAsync(
            token => JourneyInsights.Find(log, query.Map, snapshot.Items, snapshot.Analyses, query.Options, snapshot.Topics, token), ct));
    }
}
