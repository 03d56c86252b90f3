using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.EventStores;

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
            .Accepts<string>("application/json", "application/x-ndjson");
        app.MapPost("/api/ingest/feedback", FeedbackIngest.IngestAsync).WithTags("Ingestion")
            .Accepts<string>("application/json", "application/x-ndjson");
        return app;
    }

    public static async Task<Results<Ok<IngestResult>, JsonHttpResult<IngestResult>, ProblemHttpResult>> Ingest(
        HttpContext http, WaymarkDbContext db, IEventStore store, IngestRateLimiter limiter, IOptions<IngestOptions> options, CancellationToken ct)
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

        var stored = await store.AppendAsync(request.Key.WorkspaceId, batch.Events, ct);
        var result = new IngestResult(stored.Appended, stored.Duplicates, batch.Rejected);
        return batch.Rejected.Count == 0
            ? TypedResults.Ok(result)
            : TypedResults.Json(result, statusCode: StatusCodes.Status207MultiStatus);
    }
}
