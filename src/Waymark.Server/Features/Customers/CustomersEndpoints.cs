using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Events;
using Waymark.Analytics.Mapping;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Analyses;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Customers;

/// <summary>Customer look-up (a type-ahead over ids) and one customer's timeline placed on a map's steps.</summary>
public static class CustomersEndpoints
{
    public const int MaxQueryLength = 200;

    public static RouteGroupBuilder MapCustomers(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/customers").WithTags("Evidence");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Viewer).WithName("ListCustomers").WithSummary("Finds customers of an event source (a map's, a named one, or the default) whose id starts with or contains the query.");
        group.MapGet("/{customerId}/timeline", Timeline).RequireRole(WorkspaceRole.Viewer).WithName("GetCustomerTimeline")
            .WithSummary("One customer's events (in the map's source, a named one, or the default) and feedback in order, placed on a map's steps when a map is given.");
        return workspace;
    }

    public static async Task<Results<Ok<CustomerSummary[]>, ValidationProblem, ProblemHttpResult>> List(
        string workspaceId, string? query, int? limit, string? source, string? mapId, WaymarkDbContext db, SourceAnalyses analyses, CancellationToken ct)
    {
        if (limit is < 1 or > MapEvidence.MaxSearchResults)
        {
            return Problems.Invalid("limit", $"limit must be 1 to {MapEvidence.MaxSearchResults}; {limit} given");
        }

        if (query is { Length: > MaxQueryLength })
        {
            return Problems.Invalid("query", $"the query is {query.Length:N0} characters; at most {MaxQueryLength} are searched");
        }

        var (resolved, problem) = await SourceLog.ResolveSourceAsync(db, workspaceId, source, mapId, ct);
        if (resolved is null)
        {
            return problem!;
        }

        var found = await analyses.AskAsync(resolved.Key, "customer list", (side, token) => side.FindCustomersAsync(query?.Trim() ?? "", limit ?? 20, token), ct);
        return TypedResults.Ok(found.Select(c => new CustomerSummary(c.Id, c.Events, c.FirstSeen?.UtcDateTime, c.LastSeen?.UtcDateTime)).ToArray());
    }

    public static async Task<Results<Ok<TimelineDto>, ProblemHttpResult>> Timeline(
        string workspaceId, string customerId, string? mapId, string? source, WaymarkDbContext db, SourceAnalyses analyses, FeedbackCache feedback,
        CancellationToken ct)
    {
        JourneyMap? map = null;
        if (!string.IsNullOrEmpty(mapId) && (map = await MapDocument.LoadAsync(db, workspaceId, mapId, ct)) is null)
        {
            return Problems.NotFound("map", mapId);
        }

        var (resolved, problem) = await SourceLog.ResolveSourceAsync(db, workspaceId, source, mapId, ct);
        if (resolved is null)
        {
            return problem!;
        }

        // Routing leaves an encoded slash ("%2F") encoded in a route value; an id that really holds "/" is found so.
        var decoded = customerId.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        var log = await CustomerLogAsync(analyses, resolved.Key, customerId, ct);
        var timeline = MapEvidence.Timeline(log, customerId, map);
        if (timeline is null && decoded != customerId)
        {
            log = await CustomerLogAsync(analyses, resolved.Key, decoded, ct);
            timeline = MapEvidence.Timeline(log, decoded, map);
        }

        var id = timeline?.CustomerId ?? customerId;
        var snapshot = await feedback.GetAsync(workspaceId, ct);
        var (total, said) = TimelineFeedback.Of(snapshot, log, id, map);
        if (total == 0 && timeline is null && decoded != customerId)
        {
            (id, (total, said)) = (decoded, TimelineFeedback.Of(snapshot, log, decoded, map));
        }

        if (timeline is null && total == 0)
        {
            return Problems.NotFound("customer", customerId);
        }

        var events = (timeline?.Events ?? [])
            .Select(e => new TimelineEventDto(e.At?.UtcDateTime, e.Activity, e.Channel, e.Properties, e.StepIds))
            .ToArray();
        return TypedResults.Ok(new TimelineDto(id, timeline?.Attributes ?? new Dictionary<string, string>(), timeline?.TotalEvents ?? 0, events, total, said));
    }

    /// <summary>A log holding the customer as the source's log does: the whole log, or only the customer when pushed down.</summary>
    private static Task<EventLog> CustomerLogAsync(SourceAnalyses analyses, EventSourceKey? source, string customerId, CancellationToken ct) =>
        analyses.AskAsync(source, "customer timeline", (side, token) => side.CustomerLogAsync(customerId, token), ct);
}
