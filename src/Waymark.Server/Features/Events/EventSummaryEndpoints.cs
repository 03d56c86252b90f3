using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Events;

/// <summary>The size of a workspace's data, from the cached log (the Data page's summary).</summary>
public static class EventSummaryEndpoints
{
    public static IEndpointRouteBuilder MapEventSummary(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/workspaces/{workspaceId}/events/summary", Get).WithTags("Events");
        return app;
    }

    public static async Task<Results<Ok<EventSummary>, ProblemHttpResult>> Get(
        string workspaceId, WaymarkDbContext db, EventLogCache cache, CancellationToken ct)
    {
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, ct))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        var log = await cache.GetAsync(workspaceId, ct);
        return TypedResults.Ok(new EventSummary(log.EventCount, log.CustomerCount, log.Activities.Count, cache.ReplacedValues(workspaceId)));
    }
}
