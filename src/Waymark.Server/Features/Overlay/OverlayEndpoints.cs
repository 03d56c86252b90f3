using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Data;
using Waymark.Server.Analyses;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Segments;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Overlay;

/// <summary>The measured figures over a map for a time range and segment (docs/analytics.md, "Overlay").</summary>
public static class OverlayEndpoints
{
    public const string AllKey = SeriesFilter.AllKey;

    public static RouteGroupBuilder MapOverlay(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/maps/{mapId}/overlay", Get).RequireRole(WorkspaceRole.Viewer, shareGuestsNeedData: true).WithTags("Overlay")
            .WithName("GetMapOverlay").WithSummary("The measured figures over a map's steps and stages, for a time range, a segment and one to compare.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return workspace;
    }

    public static async Task<Results<Ok<OverlayResult>, ValidationProblem, ProblemHttpResult>> Get(
        string workspaceId, string mapId, string? from, string? to, string? segment, string? compare,
        WaymarkDbContext db, SourceAnalyses analyses, AnalysisGate gate, CancellationToken ct)
    {
        var reading = await MapAnalysisScope.ResolveAsync(db, gate, workspaceId, mapId, from, to, segment, "The overlay's query is not valid", null, ct);
        if (reading.Scope is not { } scope)
        {
            return reading.Refusal<OverlayResult>();
        }

        var (map, first) = (scope.Map, scope.Series);
        var second = compare is null ? null : await SeriesFilter.ResolveAsync(db, workspaceId, compare, ct);
        if (second?.Problem is { } missing)
        {
            return missing;
        }

        var options = new OverlayOptions
        {
            Stages = OverlayMaps.Stages(map),
            EntryStepId = map.EntryStepId,
            OutcomeStepId = map.OutcomeStepId,
        };
        var range = scope.Range;
        if (OverlayEngine.Problem(options) is { } tooLong)
        {
            return Problems.Invalid("outcomeStepId", tooLong);
        }

        // Over the map's source: in ClickHouse when pushdown is on (ADR 064, 066), else over the in-memory log.
        var source = await MapLogs.SourceOfAsync(db, workspaceId, mapId, ct);
        var (a, b) = await analyses.AskAsync(source, "overlay", async (x, token) => (
            await x.OverlayAsync(options with { Filter = first.Apply(range) }, token),
            second is null ? null : await x.OverlayAsync(options with { Filter = second.Apply(range) }, token)), ct);
        List<OverlaySeries> series = [Series(first, a)];
        if (b is not null)
        {
            series.Add(Series(second!, b));
        }

        return TypedResults.Ok(new OverlayResult(mapId, TimeRangeQuery.Format(scope.From), TimeRangeQuery.Format(scope.To),
            a.EntryStepId, a.OutcomeStepId, a.UnboundStepIds, series, b is null ? null : OverlayEngine.Compare(a, b)));
    }

    private static OverlaySeries Series(SeriesFilter filter, OverlayFigures figures) =>
        new(filter.Key, filter.Name, figures.Entrants, figures.Outcome, figures.Steps, figures.Stages);
}
