using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Server.Analyses;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Explore.Retention;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Explore.Trends;

/// <summary>
/// Explore's trends: a step's customers (and conversion to a next step) per day, week or month
/// (<see cref="Analyze.StepTrend"/>, pushed down to ClickHouse when on: ADR 071), for the scope and the period of equal
/// length before it.
/// </summary>
public static class TrendsEndpoints
{
    public static RouteGroupBuilder MapExploreTrends(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/explore/trends", Get).RequireRole(WorkspaceRole.Viewer).WithTags("Explore")
            .WithName("GetExploreTrends")
            .WithSummary("A step's customers (and conversion to a next step) per day, week or month, with the previous period of equal length.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return workspace;
    }

    public static async Task<Results<Ok<TrendsAnswer>, ValidationProblem, ProblemHttpResult>> Get(
        string workspaceId, string? from, string? to, string? segment, string? map, string? source,
        string? step, string? activity, string? nextStep, string? nextActivity, string? granularity,
        WaymarkDbContext db, SourceAnalyses analyses, CancellationToken ct)
    {
        var (journey, missing) = await ExploreMap.LoadAsync(db, workspaceId, map, ct);
        if (missing is not null)
        {
            return missing;
        }

        var problems = new List<MapProblem>();
        var measured = ExploreStepParameters.Resolve(journey, "step", step, activity, problems);
        var next = ExploreStepParameters.Resolve(journey, "next", nextStep, nextActivity, problems);
        if (measured is null && problems.Count == 0)
        {
            problems.Add(new MapProblem("step", "name the step to follow: a map step (step) or an activity (activity)"));
        }

        var resolved = await ExploreScope.ResolveAsync(db, workspaceId, new ExploreQuery(from, to, segment, source, map), ct);
        var range = resolved.Scope?.Filter;
        var by = ExploreStepParameters.Granularity(granularity, Automatic(range?.From, range?.To), problems);
        if (problems.Count > 0)
        {
            return Problems.Invalid(problems, "The trends query is not valid");
        }

        if (resolved.Scope is not { } scope)
        {
            return resolved.Invalid is { } invalid ? invalid : resolved.Missing!;
        }

        var options = new StepTrendOptions { Filter = scope.Filter, Step = measured!, Next = next, Granularity = by };
        var previous = Previous(scope.Filter);
        var (now, before) = await analyses.AskAsync(scope.Source, "trend", (a, token) => BothAsync(a, options, previous, token), ct);
        var current = TrendSeries.Of(scope.From, scope.To, now);
        var earlier = before is null ? null : TrendSeries.Of(TimeRangeQuery.Format(previous!.Value.From), scope.From, before);
        return TypedResults.Ok(new TrendsAnswer(scope.From, scope.To, ExploreStepParameters.Name(by), measured!.Name, next?.Name,
            current, earlier, earlier is null ? null : TrendSeries.Change(current, earlier, previous!.Value)));
    }

    /// <summary>
    /// The scope's series and, with a previous range, its series too, side by side (pushed down: two queries at once;
    /// an option pushdown lacks fails both before either is sent, so the fallback answers both).
    /// </summary>
    private static async Task<(StepTrendResult Now, StepTrendResult? Before)> BothAsync(
        IJourneyAnalyses analyses, StepTrendOptions options, EventFilter? previous, CancellationToken ct)
    {
        StepTrendOptions[] asked = previous is { } p ? [options, options with { Filter = p }] : [options];
        var results = await Task.WhenAll(asked.Select(o => analyses.StepTrendAsync(o, ct))).ConfigureAwait(false);
        return (results[0], results.Length > 1 ? results[1] : null);
    }

    /// <summary>Days up to 62 days, weeks up to two years, else months; weeks when the scope is open-ended.</summary>
    private static TrendGranularity Automatic(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } f && to is { } t
            ? (t - f).TotalDays <= 62 ? TrendGranularity.Day : (t - f).TotalDays <= 731 ? TrendGranularity.Week : TrendGranularity.Month
            : TrendGranularity.Week;

    /// <summary>The range of equal length just before the scope's, with the same segment; null without a start and an end.</summary>
    private static EventFilter? Previous(EventFilter filter) =>
        filter.From is { } f && filter.To is { } t ? filter with { From = f - (t - f), To = f } : null;

    internal static string Days(TimeSpan length) => length.TotalDays % 1 == 0
        ? string.Create(CultureInfo.InvariantCulture, $"the previous {length.TotalDays:0} days")
        : string.Create(CultureInfo.InvariantCulture, $"the previous {length.TotalHours:0} hours");
}
