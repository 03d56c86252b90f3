using System.Globalization;
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
        return app;
    }

    public static async Task<Results<Ok<IngestResult>, JsonHttpResult<IngestResult>, ProblemHttpResult>> Ingest(
        HttpContext http, WaymarkDbContext db, IEventStore store, IngestRateLimiter limiter, IOptions<IngestOptions> options, CancellationToken ct)
    {
        var key = await IngestAuth.FindKeyAsync(http.Request, db, ct);
        if (key is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem("Send a live API key of the workspace as `Authorization: Bearer <key>` or `X-Waymark-Key`.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Missing, unknown or revoked API key");
        }

        if (limiter.TryAcquire(key.Id) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem($"This key sends too many requests; retry after {seconds} s.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Rate limit reached");
        }

        var limit = options.Value.MaxBodyBytes;
        var body = await LimitedBody.ReadAsync(http.Request, limit, ct);
        if (body is null)
        {
            return TypedResults.Problem($"The body is larger than {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes; send smaller batches.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Batch too large");
        }

        var batch = IsNdjson(http.Request) ? IngestBatch.FromNdjson(body.Value.Span) : IngestBatch.FromJsonArray(body.Value);
        if (batch.Fatal is not null)
        {
            return TypedResults.Problem(batch.Fatal, statusCode: StatusCodes.Status400BadRequest, title: "Unreadable batch");
        }

        var stored = await store.AppendAsync(key.WorkspaceId, batch.Events, ct);
        var result = new IngestResult(stored.Appended, stored.Duplicates, batch.Rejected);
        return batch.Rejected.Count == 0
            ? TypedResults.Ok(result)
            : TypedResults.Json(result, statusCode: StatusCodes.Status207MultiStatus);
    }

    private static bool IsNdjson(HttpRequest request) =>
        request.ContentType is { } type &&
        (type.Contains("ndjson", StringComparison.OrdinalIgnoreCase) || type.Contains("jsonl", StringComparison.OrdinalIgnoreCase) ||
         type.Contains("json-seq", StringComparison.OrdinalIgnoreCase));
}
