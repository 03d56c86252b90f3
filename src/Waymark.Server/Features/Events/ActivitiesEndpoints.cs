using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Data;
using Waymark.Server.Analyses;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Events;

/// <summary>An event source's activities with counts (a map's source when a map is named), from its statistics wherever they run (ADR 064).</summary>
public static class ActivitiesEndpoints
{
    public static RouteGroupBuilder MapActivities(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/activities", List).RequireRole(WorkspaceRole.Viewer).WithTags("Events")
            .WithName("ListActivities").WithSummary("Lists an event source's activities (the map's source, the named source, or the default) with event and customer counts, most events first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return workspace;
    }

    public static async Task<Results<Ok<ActivitySummary[]>, ProblemHttpResult>> List(
        string workspaceId, string? source, string? mapId, WaymarkDbContext db, SourceAnalyses analyses, CancellationToken ct)
    {
        var (found, problem) = await SourceLog.ResolveSourceAsync(db, workspaceId, source, mapId, ct);
        if (found is null)
        {
            return problem!;
        }

        var stats = await analyses.AskAsync(found.Key, "activity list", (a, token) => a.StatsAsync(default, token), ct);
        var rows = stats.Activities
            .Select(a => new ActivitySummary(a.Activity, a.Events, a.Customers))
            .OrderByDescending(a => a.Events).ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToArray();
        return TypedResults.Ok(rows);
    }
}
