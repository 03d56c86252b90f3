using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Rules;

namespace Waymark.Server.Features.Ingest;

/// <summary>
/// Live ingestion: POST a JSON array or NDJSON batch with a workspace API key. Invalid events are rejected one by
/// one, the rest stored in one transaction; the answer (200, or 207 when some were rejected) comes only after the
/// commit, so a 2xx means the accepted events are durable.
/// </summary>
public static class IngestEndpoints
{
    public static IEndpointRouteBuilder MapIngest(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ingest/events", Ingest).WithTags("Ingestion")
            .WithName("IngestEvents").WithSummary("Stores a batch of events (a JSON array or NDJSON) sent with an API key, in the key's event source.")
            .Accepts<string>("application/json", "application/x-ndjson")
            .AcceptsDocument("A JSON array of events, or NDJSON: one event object a line")
            .Produces<IngestResult>(StatusCodes.Status207MultiStatus).ProducesIngestProblems();
        app.MapPost("/api/ingest/feedback", FeedbackIngest.IngestAsync).WithTags("Ingestion")
            .WithName("IngestFeedback").WithSummary("Stores a batch of feedback items (JSON or NDJSON) sent with a workspace API key.")
            .Accepts<string>("application/json", "application/x-ndjson")
            .AcceptsDocument("{\"feedback\": [...]} or a JSON array of feedback items, or NDJSON: one item a line")
            .Produces<FeedbackIngestResult>(StatusCodes.Status207MultiStatus).ProducesIngestProblems()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Results<Ok<IngestResult>, JsonHttpResult<IngestResult>, ProblemHttpResult>> Ingest(
        HttpContext http, WaymarkDbContext db, IEventStore store, IngestRateLimiter limiter, IOptions<IngestOptions> options,
        IngestActivity activity, CancellationToken ct)
    {
        var (request, refusal) = await IngestGate.AdmitAsync(http, db, limiter, options.Value, ct);
        if (request is null)
        {
            return refusal!;
        }

        var batch = IngestBatch.Read(request.Body, request.Ndjson);
        if (batch.Fatal is not null)
        {
            return IngestGate.Unreadable(batch.Fatal);
        }

        var stored = await store.AppendAsync(new EventSourceKey(request.Key.WorkspaceId, request.Key.SourceId), batch.Events, ct); // the key's source
        await activity.NoteAsync(request.Key, AuditActions.IngestEvents, stored.Appended, stored.Duplicates, batch.Rejected.Count);
        http.RequestServices.GetService<RuleSignal>()?.Notify(); // journey rules evaluate at once (docs/adr/054-journey-rules.md)
        var result = new IngestResult(stored.Appended, stored.Duplicates, batch.Rejected);
        return batch.Rejected.Count == 0
            ? TypedResults.Ok(result)
            : TypedResults.Json(result, statusCode: StatusCodes.Status207MultiStatus);
    }

    /// <summary>What both routes answer before a batch is stored (<see cref="IngestGate"/>, an unreadable batch).</summary>
    private static RouteHandlerBuilder ProducesIngestProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
