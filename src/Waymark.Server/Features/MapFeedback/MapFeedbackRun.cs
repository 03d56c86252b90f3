using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Events;
using Waymark.Analytics.Feedback;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.MapFeedback;

/// <summary>
/// The one road of the endpoints that read a map's voice of the customer (step feedback, insights): parse the query,
/// refuse a map too large to analyse, take the workspace's log and feedback snapshots, and run the analysis behind the
/// analysis gate. Each endpoint only names what it computes, so the two cannot drift apart in what they check.
/// </summary>
internal sealed record MapFeedbackRun(WaymarkDbContext Db, EventLogCache Logs, FeedbackCache Feedback, AnalysisGate Gate)
{
    public async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> RunAsync<T>(string workspaceId, string mapId,
        string? from, string? to, string? segment, string? window,
        Func<EventLog, FeedbackQuery, FeedbackSnapshot, CancellationToken, T> compute, CancellationToken ct)
    {
        var (query, invalid, missing) = await FeedbackQuery.ParseAsync(Db, workspaceId, mapId, from, to, segment, window, ct);
        if (query is null)
        {
            return invalid is not null ? invalid : missing!;
        }

        if (Gate.Refuse(query.Map) is { } tooLarge)
        {
            return tooLarge;
        }

        var log = await Logs.ForMapAsync(Db, workspaceId, mapId, ct);
        var snapshot = await Feedback.GetAsync(workspaceId, ct);
        return TypedResults.Ok(await Gate.RunAsync(token => compute(log, query, snapshot, token), ct));
    }
}
