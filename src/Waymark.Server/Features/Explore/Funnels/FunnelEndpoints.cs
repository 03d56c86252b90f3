using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Core.FileFormat;
using Waymark.Data;
using Waymark.Server.Analyses;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>
/// Explore's funnel builder: a funnel over any steps of a map or any activities, in every mode of the engine, and the
/// customers behind one of its bars. Every figure is the engine's (docs/analytics.md, "Funnel").
/// </summary>
public static class FunnelEndpoints
{
    public const int MaxCustomersPage = 200;

    public static RouteGroupBuilder MapExploreFunnel(this RouteGroupBuilder workspace)
    {
        workspace.MapPost("/explore/funnel", Measure).RequireRole(WorkspaceRole.Viewer).WithTags("Explore").WithName("ExploreFunnel")
            .WithSummary("Measures a funnel over map steps or activities: mode, window, exclusions, breakdown, conversion over time and time to convert.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        workspace.MapPost("/explore/funnel/customers", Customers).RequireRole(WorkspaceRole.Viewer).WithTags("Explore").WithName("ExploreFunnelCustomers")
            .WithSummary("Lists the customers behind one bar of a funnel: who reached a step, or dropped after it, optionally of one breakdown group.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return workspace;
    }

    public static async Task<Results<Ok<FunnelAnswerDto>, ValidationProblem, ProblemHttpResult>> Measure(
        string workspaceId, FunnelRequest request, WaymarkDbContext db, SourceAnalyses analyses, CancellationToken ct)
    {
        var resolved = await FunnelPlanner.ResolveAsync(db, workspaceId, request, ct);
        if (resolved.Plan is not { } plan)
        {
            return resolved.Invalid is { } invalid ? invalid : resolved.Missing!;
        }

        var (result, segments) = await analyses.AskAsync(plan.Scope.Source, "funnel", (a, token) => MeasureAsync(a, plan, token), ct);
        return TypedResults.Ok(FunnelAnswer.Build(plan, result, segments));
    }

    public static async Task<Results<Ok<FunnelCustomersDto>, ValidationProblem, ProblemHttpResult>> Customers(
        string workspaceId, FunnelCustomersRequest request, WaymarkDbContext db, SourceAnalyses analyses, CancellationToken ct)
    {
        var resolved = await FunnelPlanner.ResolveAsync(db, workspaceId, request, ct);
        if (resolved.Plan is not { } plan)
        {
            return resolved.Invalid is { } invalid ? invalid : resolved.Missing!;
        }

        var (query, options, problems) = Query(plan, request);
        if (problems.Count > 0)
        {
            return Problems.Invalid(problems, "The bar is not valid");
        }

        var page = await analyses.AskAsync(plan.Scope.Source, "funnel customer list", (a, token) => a.FunnelCustomersAsync(options, query, token), ct);
        return TypedResults.Ok(new FunnelCustomersDto(page.Total, query.Offset, query.Limit,
            [.. page.Customers.Select(c => new FunnelCustomerDto(c.Id, c.Reached, c.Started?.UtcDateTime, c.LastStep?.UtcDateTime))]));
    }

    /// <summary>The funnel, then each segment's of a breakdown by segment (pushed down, these run side by side).</summary>
    private static async Task<(FunnelResult Total, List<(FunnelSegmentGroup, FunnelResult)> BySegment)> MeasureAsync(
        IJourneyAnalyses analyses, FunnelPlan plan, CancellationToken ct)
    {
        var total = await analyses.FunnelAsync(plan.Options, ct);
        var groups = plan.SegmentGroups;
        var bySegment = await Task.WhenAll(groups.Select(g => analyses.FunnelAsync(plan.Options with { Filter = g.Filter, Over = null, Breakdown = default }, ct)));
        return (total, [.. groups.Select((g, i) => (g, bySegment[i]))]);
    }

    private static (FunnelCustomerQuery Query, FunnelOptions Options, List<MapProblem> Problems) Query(FunnelPlan plan, FunnelCustomersRequest request)
    {
        var problems = new List<MapProblem>();
        var steps = plan.Options.Steps.Count;
        if (request.Step < 0 || request.Step >= steps)
        {
            problems.Add(new MapProblem("step", $"the step is 0 to {steps - 1} (0-based); {request.Step} given"));
        }
        else if (request.Dropped && request.Step == steps - 1)
        {
            problems.Add(new MapProblem("dropped", "nobody drops after the last step: ask for a step before it"));
        }

        var limit = request.Limit ?? 50;
        if (limit is < 1 or > MaxCustomersPage)
        {
            problems.Add(new MapProblem("limit", $"a page holds 1 to {MaxCustomersPage} customers; {limit} given"));
        }

        if (request.Offset < 0)
        {
            problems.Add(new MapProblem("offset", $"the offset is 0 or more; {request.Offset} given"));
        }

        var options = plan.Options with { Over = null };
        var group = request.Group;
        if (group is not null && plan.Breakdown is null)
        {
            problems.Add(new MapProblem("group", "a group is one of the breakdown's; the funnel has no breakdown"));
        }
        else if (group is not null && plan.Breakdown!.By == "segment")
        {
            var segment = plan.SegmentGroups.FirstOrDefault(g => g.Id == group);
            if (segment is null)
            {
                problems.Add(new MapProblem("group", $"the breakdown has no segment '{group}'"));
            }

            options = options with { Filter = segment?.Filter ?? options.Filter, Breakdown = default };
            group = null;
        }

        return (new FunnelCustomerQuery(request.Step, request.Dropped, group, request.Offset, limit), options, problems);
    }
}
