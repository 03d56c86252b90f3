using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.WhatIf;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.WhatIf;

/// <summary>
/// What-if on the map (docs/adr/055-what-if.md): the projected change of customers reaching the outcome under a
/// step's higher conversion or shorter wait. The scope is the overlay's, as for attribution: the map's log, a period
/// and a segment, and the outcome reached as the overlay's funnel reaches it.
/// </summary>
public static class WhatIfEndpoints
{
    public static RouteGroupBuilder MapWhatIf(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/maps/{mapId}/what-if", Get).RequireRole(WorkspaceRole.Viewer, shareGuestsNeedData: true).WithTags("WhatIf")
            .WithName("GetMapWhatIf")
            .WithSummary("The projected change of customers reaching the map's outcome if a step's conversion rose by some points or its wait fell by some seconds, with a 95% bootstrap interval, for a period and a segment.");
        return workspace;
    }

    public static async Task<Results<Ok<WhatIfAnswer>, ValidationProblem, ProblemHttpResult>> Get(
        string workspaceId, string mapId, string? stepId, string? kind, double? points, double? waitSeconds,
        string? from, string? to, string? segment, WaymarkDbContext db, EventLogCache logs, AnalysisGate gate, CancellationToken ct)
    {
        var (parsed, problems) = WhatIfQuery.Read(stepId, kind, points, waitSeconds);
        var reading = await MapAnalysisScope.ResolveAsync(db, gate, workspaceId, mapId, from, to, segment,
            "The what-if question is not valid", problems, ct);
        if (reading.Scope is not { } scope)
        {
            return reading.Refusal<WhatIfAnswer>();
        }

        var map = scope.Map;
        var options = new WhatIfOptions
        {
            Stages = OverlayStages.FromMap(map), EntryStepId = map.EntryStepId, OutcomeStepId = map.OutcomeStepId, Filter = scope.Filter,
            StepId = stepId!, Kind = parsed, Points = points ?? 0, WaitCut = TimeSpan.FromSeconds(waitSeconds ?? 0),
        };
        if (WhatIfEngine.Problem(options) is { } problem)
        {
            return Problems.Invalid(problem.Field, problem.Message);
        }

        var log = await logs.ForMapAsync(db, workspaceId, mapId, ct);
        var result = await gate.RunAsync(token => WhatIfEngine.Compute(log, options, token), ct);
        var step = result.Step;
        var label = map.Stages.SelectMany(s => s.Steps).FirstOrDefault(s => s.Id == step.StepId)?.Name ?? step.StepId;
        return TypedResults.Ok(new WhatIfAnswer(mapId, parsed == WhatIfKind.Conversion ? "conversion" : "wait",
            parsed == WhatIfKind.Conversion ? points : null, parsed == WhatIfKind.Wait ? waitSeconds : null,
            TimeRangeQuery.Format(scope.From), TimeRangeQuery.Format(scope.To), scope.Series.Key, scope.Series.Name, result.OutcomeStepId,
            new WhatIfMeasured(result.Entries, result.Outcome),
            new WhatIfEstimate(result.Projected, result.ProjectedLow, result.ProjectedHigh),
            new WhatIfEstimate(result.Change, result.ChangeLow, result.ChangeHigh),
            new WhatIfStepFigures(step.StepId, label, step.NextStepId ?? "", step.Reached, step.Conversion, step.MedianWaitSeconds, step.Waiting),
            result.Resamples, result.Notes));
    }
}
