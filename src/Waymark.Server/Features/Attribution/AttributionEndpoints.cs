using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Attribution;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Segments;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Attribution;

/// <summary>
/// Credit for the map's outcome by channel or touchpoint (docs/adr/051-attribution.md). The scope is the overlay's:
/// the map's log, a period and a segment, and the outcome reached as the overlay's funnel reaches it.
/// </summary>
public static class AttributionEndpoints
{
    public static RouteGroupBuilder MapAttribution(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/maps/{mapId}/attribution", Get).RequireRole(WorkspaceRole.Viewer, shareGuestsNeedData: true).WithTags("Attribution")
            .WithName("GetMapAttribution")
            .WithSummary("Credit for the map's outcome by channel or touchpoint under first/last touch, linear, time decay, position based, Markov (first and second order) and Shapley, for a period and a segment.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return workspace;
    }

    public static async Task<Results<Ok<AttributionAnswer>, ValidationProblem, ProblemHttpResult>> Get(
        string workspaceId, string mapId, string? by, string? from, string? to, string? segment,
        WaymarkDbContext db, EventLogCache logs, AnalysisGate gate, CancellationToken ct)
    {
        var dimension = ParseBy(by);
        var reading = await MapAnalysisScope.ResolveAsync(db, gate, workspaceId, mapId, from, to, segment,
            "The attribution's query is not valid", dimension is null ? [new(nameof(by), "by must be 'channel' or 'touchpoint'")] : null, ct);
        if (reading.Scope is not { } scope)
        {
            return reading.Refusal<AttributionAnswer>();
        }

        var map = scope.Map;
        var overlay = new OverlayOptions { Stages = OverlayStages.FromMap(map), EntryStepId = map.EntryStepId, OutcomeStepId = map.OutcomeStepId };
        if (OverlayEngine.Problem(overlay) is { } tooLong)
        {
            return Problems.Invalid("outcomeStepId", tooLong);
        }

        var options = new AttributionOptions
        {
            Stages = overlay.Stages, EntryStepId = overlay.EntryStepId, OutcomeStepId = overlay.OutcomeStepId,
            By = dimension!.Value, Filter = scope.Filter,
        };
        var log = await logs.ForMapAsync(db, workspaceId, mapId, ct);
        var result = await gate.RunAsync(token => AttributionEngine.Compute(log, options, token), ct);
        return TypedResults.Ok(new AttributionAnswer(mapId, Name(result.By), TimeRangeQuery.Format(scope.From), TimeRangeQuery.Format(scope.To),
            scope.Series.Key, scope.Series.Name, result.OutcomeStepId, result.Customers, result.Conversions, result.ConversionsWithoutTouch, result.Touches,
            result.Players, result.MarkovFirstOrderStates, result.MarkovSecondOrderStates, result.ShapleyPermutations,
            result.ShapleyError, result.Notes));
    }

    /// <summary>No value means by channel; the names are matched exactly (lower case, as the API writes them).</summary>
    private static AttributionDimension? ParseBy(string? by) => by switch
    {
        null or "" or "channel" => AttributionDimension.Channel,
        "touchpoint" => AttributionDimension.Touchpoint,
        _ => null,
    };

    private static string Name(AttributionDimension by) => by == AttributionDimension.Channel ? "channel" : "touchpoint";
}
