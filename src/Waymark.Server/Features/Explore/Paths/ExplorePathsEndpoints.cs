using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Server.Analyses;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Explore.Paths;

/// <summary>
/// Explore's paths (docs/analytics.md, "Paths"): from a map step or an activity (or each journey's first event),
/// forward or backward, as a Sankey whose columns add up to the start's customers; optionally a second segment.
/// </summary>
public static class ExplorePathsEndpoints
{
    public static RouteGroupBuilder MapExplorePaths(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/explore/paths", Get).RequireRole(WorkspaceRole.Viewer).WithTags("Explore")
            .WithName("GetExplorePaths")
            .WithSummary("Paths from or to a map step or an activity, N steps deep, as a Sankey whose columns add up; with a second segment to compare.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return workspace;
    }

    public static async Task<Results<Ok<PathsAnswerDto>, ValidationProblem, ProblemHttpResult>> Get(
        string workspaceId, [AsParameters] ExplorePathsQuery query, WaymarkDbContext db, SourceAnalyses analyses, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (settings, problems) = ExplorePathsReader.Read(query);
        if (problems.Count > 0)
        {
            return Problems.Invalid(problems, "The paths query is not valid");
        }

        var (map, noMap) = await ExploreMap.LoadAsync(db, workspaceId, query.Map, ct);
        if (noMap is not null)
        {
            return noMap;
        }

        var (start, startProblems) = Start(map, query);
        if (startProblems.Count > 0)
        {
            return Problems.Invalid(startProblems, "The paths' start is not valid");
        }

        var first = await ExploreScope.ResolveAsync(db, workspaceId, new ExploreQuery(query.From, query.To, query.Segment, query.Source, query.Map), ct);
        var second = string.IsNullOrEmpty(query.Compare) ? null
            : await ExploreScope.ResolveAsync(db, workspaceId, new ExploreQuery(query.From, query.To, query.Compare, query.Source, query.Map), ct);
        if ((first.Invalid ?? second?.Invalid) is { } invalid)
        {
            return invalid;
        }

        if ((first.Missing ?? second?.Missing) is { } missing)
        {
            return missing;
        }

        var options = new PathOptions
        {
            Start = start, Backward = settings.Backward, Depth = settings.Depth, Width = settings.Width,
            CollapseRepeats = settings.Collapse, TopPaths = ExplorePathsSettings.TopPaths,
        };
        var scopes = second is null ? [first.Scope!] : new[] { first.Scope!, second.Scope! };
        // Both scopes read the same source; they differ by segment only. Pushed down they are two queries side by side.
        var series = await analyses.AskAsync(first.Scope!.Source, "paths Sankey", async (paths, token) =>
        {
            var results = await Task.WhenAll(scopes.Select(s => paths.PathsAsync(options with { Filter = s.Filter }, token)));
            return scopes.Select((s, i) => PathSankey.Build(s.Series.Key, s.Series.Name, results[i], settings.Depth, start is not null)).ToList();
        }, ct);
        var scope = first.Scope!;
        return TypedResults.Ok(new PathsAnswerDto(scope.From, scope.To, start?.Name, settings.Backward ? "backward" : "forward",
            settings.Depth, settings.Width, settings.Collapse, series));
    }

    /// <summary>The start as the engine's step: a map step through its binding, an activity, or none.</summary>
    private static (FunnelStep? Step, List<MapProblem> Problems) Start(JourneyMap? map, ExplorePathsQuery query)
    {
        if (string.IsNullOrEmpty(query.StartStep) && string.IsNullOrEmpty(query.StartActivity))
        {
            return (null, []);
        }

        var (steps, problems) = ExploreSteps.Resolve(map, [new ExploreStepRef(query.StartStep, query.StartActivity)], "start");
        var named = problems.Select(p => p with { Path = string.IsNullOrEmpty(query.StartStep) ? "startActivity" : "startStep" }).ToList();
        return (named.Count > 0 ? null : steps[0], named);
    }
}
