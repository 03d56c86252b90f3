using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Mapping;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Segments;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Paths;

/// <summary>How customers really moved over a map's steps, from the cached log (the engine's MapEvidence.Paths),
/// for a time range and a saved segment.</summary>
public static class PathsEndpoints
{
    public static RouteGroupBuilder MapPaths(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/maps/{mapId}/paths", Get).RequireRole(WorkspaceRole.Viewer, shareGuestsNeedData: true).WithTags("Evidence")
            .WithName("GetMapPaths").WithSummary("How customers really moved over a map's steps, for a time range and segment.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return workspace;
    }

    public static async Task<Results<Ok<ActualPaths>, ValidationProblem, ProblemHttpResult>> Get(
        string workspaceId, string mapId, string? from, string? to, string? segment,
        WaymarkDbContext db, EventLogCache cache, AnalysisGate gate, CancellationToken ct)
    {
        var reading = await MapAnalysisScope.ResolveAsync(db, gate, workspaceId, mapId, from, to, segment, "The paths query is not valid", null, ct);
        if (reading.Scope is not { } scope)
        {
            return reading.Refusal<ActualPaths>();
        }

        var (map, filter) = (scope.Map, scope.Filter);
        var log = await cache.ForMapAsync(db, workspaceId, mapId, ct);
        var options = new PathsOptions { Filter = filter, Limit = gate.PathLimit };
        return TypedResults.Ok(await gate.RunAsync(token => MapEvidence.Paths(log, map, options, token), ct));
    }
}
