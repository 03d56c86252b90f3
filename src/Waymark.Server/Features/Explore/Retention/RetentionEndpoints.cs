using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Server.Analyses;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Explore.Retention;

/// <summary>
/// Explore's retention: <see cref="Analyze.Retention"/> over the scope (docs/analytics.md, "Retention"), pushed down to
/// ClickHouse when on (ADR 071).
/// </summary>
public static class RetentionEndpoints
{
    public static RouteGroupBuilder MapExploreRetention(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/explore/retention", Get).RequireRole(WorkspaceRole.Viewer).WithTags("Explore")
            .WithName("GetExploreRetention")
            .WithSummary("Cohorts by their first start (a step or any event) per day, week or month, and the share returning in each later period.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return workspace;
    }

    public static async Task<Results<Ok<RetentionAnswer>, ValidationProblem, ProblemHttpResult>> Get(
        string workspaceId, string? from, string? to, string? segment, string? map, string? source,
        string? startStep, string? startActivity, string? returnStep, string? returnActivity, string? granularity, int? periods,
        WaymarkDbContext db, SourceAnalyses analyses, CancellationToken ct)
    {
        var (journey, missing) = await ExploreMap.LoadAsync(db, workspaceId, map, ct);
        if (missing is not null)
        {
            return missing;
        }

        var problems = new List<MapProblem>();
        var start = ExploreStepParameters.Resolve(journey, "start", startStep, startActivity, problems);
        var back = ExploreStepParameters.Resolve(journey, "return", returnStep, returnActivity, problems);
        var by = ExploreStepParameters.Granularity(granularity, TrendGranularity.Week, problems);
        if (periods is < 1 or > RetentionOptions.MaxPeriods)
        {
            problems.Add(new MapProblem("periods", $"periods is 1 to {RetentionOptions.MaxPeriods}; {periods} given"));
        }

        if (problems.Count > 0)
        {
            return Problems.Invalid(problems, "The retention query is not valid");
        }

        var resolved = await ExploreScope.ResolveAsync(db, workspaceId, new ExploreQuery(from, to, segment, source, map), ct);
        if (resolved.Scope is not { } scope)
        {
            return resolved.Invalid is { } invalid ? invalid : resolved.Missing!;
        }

        var options = new RetentionOptions { Filter = scope.Filter, Start = start, Return = back, Granularity = by, Periods = periods ?? 8 };
        var result = await analyses.AskAsync(scope.Source, "retention table", (a, token) => a.RetentionAsync(options, token), ct);
        return TypedResults.Ok(Answer(scope, options, result));
    }

    private static RetentionAnswer Answer(ExploreScope scope, RetentionOptions options, RetentionResult result) => new(
        scope.From, scope.To, ExploreStepParameters.Name(result.Granularity), result.Periods,
        options.Start?.Name ?? "Any event", options.Return?.Name ?? "Any event", result.Customers,
        result.ObservedUntil?.UtcDateTime, result.Truncated,
        [.. result.Cohorts.Select(c => new RetentionCohortDto(ExploreStepParameters.Date(c.Start), c.Customers, c.Incomplete,
            [.. c.Cells.Select(Cell)]))],
        [.. result.Average.Select(a => new RetentionAverageDto(a.Period, a.Customers, a.CohortCustomers, a.Share))]);

    private static RetentionCellDto Cell(RetentionCell cell) => new(cell.Period, ExploreStepParameters.Date(cell.PeriodStart),
        cell.Customers, cell.Share, cell.State switch
        {
            RetentionCellState.Complete => "complete",
            RetentionCellState.Incomplete => "incomplete",
            _ => "notYet",
        });
}
