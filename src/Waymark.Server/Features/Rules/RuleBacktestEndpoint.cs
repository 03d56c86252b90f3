using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Core.FileFormat;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Segments;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// Runs a rule (saved or not) over the stored events of a period through the overlay's road (MapAnalysisScope and the
/// event log cache): the customers it would have fired for, its firings, and up to 10 examples.
/// </summary>
public static class RuleBacktestEndpoint
{
    internal static async Task<Results<Ok<BacktestResult>, ValidationProblem, ProblemHttpResult>> Backtest(
        string workspaceId, string mapId, BacktestRequest request, WaymarkDbContext db, EventLogCache logs, FeedbackCache feedback,
        AnalysisGate gate, CancellationToken ct)
    {
        var reading = await MapAnalysisScope.ResolveAsync(db, gate, workspaceId, mapId, request.From, request.To, request.Segment,
            "The backtest is not valid", request.Rule is null ? [new MapProblem("rule", "Send the rule to backtest.")] : null, ct);
        if (reading.Scope is not { } scope)
        {
            return reading.Refusal<BacktestResult>();
        }

        var world = await RuleWorlds.ReadAsync(db, workspaceId, scope.Map, ct);
        if (RuleRequestCheck.Problems(request.Rule!, world, "rule.") is { Count: > 0 } problems)
        {
            return Problems.Invalid(problems, "The backtest is not valid");
        }

        var definition = RuleMapping.Definition(request.Rule!);
        var segment = definition.Conditions.SegmentId is { } id ? await SeriesFilter.ResolveAsync(db, workspaceId, id, ct) : null;
        var entered = definition.Trigger.SegmentId is { } e ? await SeriesFilter.ResolveAsync(db, workspaceId, e, ct) : null;
        var log = await logs.ForMapAsync(db, workspaceId, mapId, ct);
        var items = definition.Trigger.Kind == RuleKinds.Feedback ? (await feedback.GetAsync(workspaceId, ct)).Items : [];
        var run = new RuleBacktestRun(scope, definition, segment?.Conditions, entered?.Conditions, world);
        return TypedResults.Ok(await gate.RunAsync(token => run.Run(log, items, token), ct));
    }
}
