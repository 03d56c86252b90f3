using Microsoft.EntityFrameworkCore;
using Waymark.Analytics.Engine;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Segments;

namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>
/// Reads a funnel request into a <see cref="FunnelPlan"/>: the request's own checks, its map, its steps and
/// exclusions resolved on the map or as activities (<see cref="ExploreSteps"/>), the breakdown's segments, and the
/// scope (<see cref="ExploreScope"/>). Body problems come first (400, with JSON paths); then a missing map or
/// segment (404) and the scope's own problems.
/// </summary>
internal static class FunnelPlanner
{
    public static async Task<FunnelPlanResult> ResolveAsync(
        WaymarkDbContext db, string workspaceId, FunnelRequest request, CancellationToken ct)
    {
        var problems = new List<MapProblem>();
        var (mode, window, over) = FunnelRequestChecks.Read(request, problems);
        var (map, missing) = await ExploreMap.LoadAsync(db, workspaceId, request.Map, ct);
        if (missing is not null)
        {
            return new FunnelPlanResult(null, null, missing);
        }

        var (steps, stepProblems) = ExploreSteps.Resolve(map, request.Steps, "steps");
        problems.AddRange(stepProblems);
        var exclusions = Exclusions(map, request.Exclusions, problems);
        var segments = await SegmentsAsync(db, workspaceId, request.Breakdown, problems, ct);
        if (problems.Count > 0)
        {
            return new FunnelPlanResult(null, Problems.Invalid(problems, "The funnel is not valid"), null);
        }

        var resolved = await ExploreScope.ResolveAsync(db, workspaceId, new ExploreQuery(request.From, request.To, request.Segment, request.Source, request.Map), ct);
        if (resolved.Scope is not { } scope)
        {
            return new FunnelPlanResult(null, resolved.Invalid, resolved.Missing);
        }

        var options = new FunnelOptions
        {
            Steps = steps, Mode = mode, Window = window, Exclusions = exclusions, Filter = scope.Filter, Over = over,
            Breakdown = Breakdown(request.Breakdown),
        };
        var groups = segments.Select(s => new FunnelSegmentGroup(s.Id, s.Name, Within(scope.Filter, SegmentStore.ConditionsOf(s)))).ToList();
        return new FunnelPlanResult(
            new FunnelPlan(scope, options, request.Steps!, request.Mode ?? "ordered", request.Breakdown,
                request.Breakdown?.Limit ?? FunnelRequestChecks.DefaultGroups, groups), null, null);
    }

    private static FunnelBreakdown Breakdown(FunnelBreakdownRequest? request) => request?.By switch
    {
        "attribute" => new FunnelBreakdown(BreakdownKind.Attribute, request.Attribute, request.Limit ?? FunnelRequestChecks.DefaultGroups),
        "channel" => new FunnelBreakdown(BreakdownKind.FirstStepChannel, null, request.Limit ?? FunnelRequestChecks.DefaultGroups),
        _ => default,
    };

    private static List<FunnelExclusion> Exclusions(JourneyMap? map, IReadOnlyList<FunnelExclusionRequest>? requests, List<MapProblem> problems)
    {
        var exclusions = new List<FunnelExclusion>();
        if (requests is null or { Count: 0 })
        {
            return exclusions;
        }

        var (steps, stepProblems) = ExploreSteps.Resolve(map, [.. requests.Select(e => new ExploreStepRef(e?.StepId, e?.Activity))], "exclusions");
        problems.AddRange(stepProblems);
        if (stepProblems.Count > 0)
        {
            return exclusions;
        }

        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Conditions.Count > 0)
            {
                problems.Add(new MapProblem($"exclusions[{i}].stepId",
                    $"the step '{steps[i].Name}' is bound with property conditions, which an exclusion cannot check; exclude its activity instead"));
            }

            exclusions.Add(new FunnelExclusion(steps[i].Activities, requests[i].After));
        }

        return exclusions;
    }

    private static async Task<List<Data.Entities.SegmentEntity>> SegmentsAsync(
        WaymarkDbContext db, string workspaceId, FunnelBreakdownRequest? breakdown, List<MapProblem> problems, CancellationToken ct)
    {
        if (breakdown?.By != "segment")
        {
            return [];
        }

        var all = await db.Segments.AsNoTracking().Where(s => s.WorkspaceId == workspaceId).ToListAsync(ct);
        if (breakdown.Segments is not { Count: > 0 } ids)
        {
            return [.. all.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal).Take(FunnelRequestChecks.MaxSegmentGroups)];
        }

        var byId = all.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var found = new List<Data.Entities.SegmentEntity>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (byId.TryGetValue(ids[i] ?? "", out var segment))
            {
                found.Add(segment);
            }
            else
            {
                problems.Add(new MapProblem($"breakdown.segments[{i}]", $"the workspace has no segment '{ids[i]}'"));
            }
        }

        return found;
    }

    /// <summary>The scope's filter narrowed to a segment's customers: both sets of conditions must hold.</summary>
    private static EventFilter Within(EventFilter scope, SegmentConditions segment) => scope with
    {
        Attributes = Both(scope.Attributes, segment.Attributes.Select(a => new AttributeCondition(a.Key, a.Values)).ToList()),
        Did = Both(scope.Did, segment.Did),
        DidNot = Both(scope.DidNot, segment.DidNot),
        Channels = segment.Channels.Count == 0 ? scope.Channels
            : scope.Channels is null ? segment.Channels
            : [.. scope.Channels.Intersect(segment.Channels, StringComparer.Ordinal)],
    };

    private static List<T>? Both<T>(IReadOnlyList<T>? a, IReadOnlyList<T> b) =>
        (a?.Count ?? 0) + b.Count == 0 ? null : [.. a ?? [], .. b];
}
