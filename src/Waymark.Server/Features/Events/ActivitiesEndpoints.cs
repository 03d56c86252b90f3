using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Events;

/// <summary>The workspace's activities with counts, from the cached log.</summary>
public static class ActivitiesEndpoints
{
    public static RouteGroupBuilder MapActivities(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/activities", List).RequireRole(WorkspaceRole.Viewer).WithTags("Events")
            .WithName("ListActivities").WithSummary("Lists the workspace's activities with event and customer counts, most events first.");
        return workspace;
    }

    public static async Task<Ok<ActivitySummary[]>> List(string workspaceId, EventLogCache cache, CancellationToken ct)
    {
        var log = await cache.GetAsync(workspaceId, ct);
        var rows = Analyze.Stats(log).Activities
            .Select(a => new ActivitySummary(a.Activity, a.Events, a.Customers))
            .OrderByDescending(a => a.Events).ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToArray();
        return TypedResults.Ok(rows);
    }
}
