using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Server.Caches;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Events;

/// <summary>The size of an event source's data, from the cached log (the Data page's summary).</summary>
public static class EventSummaryEndpoints
{
    public static RouteGroupBuilder MapEventSummary(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/events/summary", Get).RequireRole(WorkspaceRole.Viewer).WithTags("Events")
            .WithName("GetEventSummary").WithSummary("Counts an event source's events, customers and activities (the default source unless one is named).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return workspace;
    }

    public static async Task<Results<Ok<EventSummary>, ProblemHttpResult>> Get(
        string workspaceId, string? source, WaymarkDbContext db, EventLogCache cache, CancellationToken ct)
    {
        var (resolved, problem) = await SourceLog.ResolveAsync(db, cache, workspaceId, source, null, ct);
        if (resolved is null)
        {
            return problem!;
        }

        var log = resolved.Log;
        return TypedResults.Ok(new EventSummary(log.EventCount, log.CustomerCount, log.Activities.Count, cache.ReplacedValues(resolved.Key!.Value)));
    }
}
