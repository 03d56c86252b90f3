using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Events;

/// <summary>The size of a workspace's data, from the cached log (the Data page's summary).</summary>
public static class EventSummaryEndpoints
{
    public static RouteGroupBuilder MapEventSummary(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/events/summary", Get).RequireRole(WorkspaceRole.Viewer).WithTags("Events")
            .WithName("GetEventSummary").WithSummary("Counts the workspace's events, customers and activities.");
        return workspace;
    }

    public static async Task<Ok<EventSummary>> Get(string workspaceId, EventLogCache cache, CancellationToken ct)
    {
        var log = await cache.GetAsync(workspaceId, ct);
        return TypedResults.Ok(new EventSummary(log.EventCount, log.CustomerCount, log.Activities.Count, cache.ReplacedValues(workspaceId)));
    }
}
