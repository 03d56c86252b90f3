using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Core.FileFormat;
using Waymark.Data;
using Waymark.Server.Analyses;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Explore.Process;

/// <summary>The process map (docs/analytics.md "Flow graph" and "Variants", the engine's
/// <see cref="Analyze.Process"/>), for the Explore page.</summary>
public static class ProcessEndpoints
{
    public const int MaxVariants = 50;

    public static RouteGroupBuilder MapExploreProcess(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/explore/process", Get).RequireRole(WorkspaceRole.Viewer).WithTags("Explore")
            .WithName("GetExploreProcess")
            .WithSummary("The process map: the flow graph of the customers' activities (a map's bound ones, or all) at a coverage, with variants and the map's designed order.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return workspace;
    }

    /// <param name="activities">Activity coverage in percent (1-100; 100 shows every activity).</param>
    /// <param name="paths">Path coverage in percent (1-100; 100 shows every edge between shown activities).</param>
    /// <param name="top">How many variants to list (1-50, default 10).</param>
    public static async Task<Results<Ok<ProcessMap>, ValidationProblem, ProblemHttpResult>> Get(
        string workspaceId, string? from, string? to, string? segment, string? map, string? source, double? activities, double? paths, int? top,
        WaymarkDbContext db, SourceAnalyses analyses, AnalysisGate gate, CancellationToken ct)
    {
        var problems = Check(activities, paths, top);
        if (problems.Count > 0)
        {
            return Problems.Invalid(problems, "The process map query is not valid");
        }

        var (journeyMap, missing) = await ExploreMap.LoadAsync(db, workspaceId, map, ct);
        if (missing is not null)
        {
            return missing;
        }

        if (journeyMap is not null && gate.Refuse(journeyMap) is { } tooLarge)
        {
            return tooLarge;
        }

        var resolved = await ExploreScope.ResolveAsync(db, workspaceId, new ExploreQuery(from, to, segment, source, map), ct);
        if (resolved.Scope is not { } scope)
        {
            return resolved.Invalid is { } invalid ? invalid : resolved.Missing!;
        }

        var options = new ProcessOptions
        {
            Filter = journeyMap is null ? scope.Filter : scope.Filter with { Events = ProcessDesignOrder.Matches(journeyMap) },
            ActivityPercent = activities ?? 100,
            PathPercent = paths ?? 100,
            Top = top ?? 10,
            WithStats = journeyMap is not null,
        };
        // Pushed down when on (ADR 070); a map whose bindings have property conditions falls back to the log.
        var result = await analyses.AskAsync(scope.Source, "process map", (a, token) => a.ProcessAsync(options, token), ct);
        return TypedResults.Ok(ProcessMapBuilder.Build(scope, options, result, journeyMap is null ? null : (map!, journeyMap)));
    }

    private static List<MapProblem> Check(double? activities, double? paths, int? top)
    {
        var problems = new List<MapProblem>();
        if (activities is { } a && !(a >= 1 && a <= 100))
        {
            problems.Add(new MapProblem("activities", "the activity coverage is a percentage from 1 to 100"));
        }

        if (paths is { } p && !(p >= 1 && p <= 100))
        {
            problems.Add(new MapProblem("paths", "the path coverage is a percentage from 1 to 100"));
        }

        if (top is < 1 or > MaxVariants)
        {
            problems.Add(new MapProblem("top", $"the variants listed are 1 to {MaxVariants}"));
        }

        return problems;
    }
}
