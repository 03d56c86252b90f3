using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Analytics.Engine;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Events;

/// <summary>The workspace's activities with counts, from the cached log.</summary>
public static class ActivitiesEndpoints
{
    public static IEndpointRouteBuilder MapActivities(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/workspaces/{workspaceId}/activities", List).WithTags("Events");
        return app;
    }

    public static async Task<Results<Ok<ActivitySummary[]>, ProblemHttpResult>> List(
        string workspaceId, WaymarkDbContext db, EventLogCache cache, CancellationToken ct)
    {
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, ct))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        var log = await cache.GetAsync(workspaceId, ct);
        var rows = Analyze.Stats(log).Activities
            .Select(a => new ActivitySummary(a.Activity, a.Events, a.Customers))
            .OrderByDescending(a => a.Events).ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToArray();
        return TypedResults.Ok(rows);
    }
}
