using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Ingest;

/// <summary>
/// What every ingestion route checks before it reads a single item: the client address's failed key attempts (429
/// with Retry-After, before any lookup), a live API key (401), the key's rate (429), the body limit (413); then the
/// body as bytes and whether it is NDJSON. One place, so events and feedback refuse requests in the same words.
/// </summary>
internal static class IngestGate
{
    public sealed record Admitted(ApiKeyEntity Key, ReadOnlyMemory<byte> Body, bool Ndjson);

    /// <summary>The admitted request, or the problem to answer with.</summary>
    public static async Task<(Admitted? Request, ProblemHttpResult? Refusal)> AdmitAsync(
        HttpContext http, WaymarkDbContext db, IngestRateLimiter limiter, IngestOptions options, CancellationToken ct)
    {
        var address = ClientAddress.Of(http.Connection.RemoteIpAddress);
        if (limiter.FailedKeyWait(address) is { } blocked)
        {
            return (null, TooMany(http, blocked, "This address sent too many requests with a missing, unknown or revoked API key"));
        }

        var key = await IngestAuth.FindKeyAsync(http.Request, db, ct);
        if (key is null)
        {
            limiter.FailedKey(address);
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return (null, TypedResults.Problem("Send a live API key of the workspace as `Authorization: Bearer <key>` or `X-Waymark-Key`.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Missing, unknown or revoked API key"));
        }

        if (limiter.TryAcquire(key.Id) is { } wait)
        {
            return (null, TooMany(http, wait, "This key sends too many requests"));
        }

        var limit = options.MaxBodyBytes;
        var body = await LimitedBody.ReadAsync(http.Request, limit, ct);
        if (body is null)
        {
            return (null, TypedResults.Problem($"The body is larger than {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes; send smaller batches.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Batch too large"));
        }

        return (new Admitted(key, body.Value, IsNdjson(http.Request)), null);
    }

    private static ProblemHttpResult TooMany(HttpContext http, TimeSpan wait, string why)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem($"{why}; retry after {seconds} s.", statusCode: StatusCodes.Status429TooManyRequests, title: "Rate limit reached");
    }

    /// <summary>400 naming where the body stopped being readable: <c>path</c> (a JSON path) and, for a syntax error, <c>line</c>.</summary>
    public static ProblemHttpResult Unreadable(IngestFatal fatal) =>
        TypedResults.Problem(fatal.Reason, statusCode: StatusCodes.Status400BadRequest, title: "Unreadable batch",
            extensions: new Dictionary<string, object?> { ["path"] = fatal.Path, ["line"] = fatal.Line });

    private static bool IsNdjson(HttpRequest request) =>
        request.ContentType is { } type &&
        (type.Contains("ndjson", StringComparison.OrdinalIgnoreCase) || type.Contains("jsonl", StringComparison.OrdinalIgnoreCase) ||
         type.Contains("json-seq", StringComparison.OrdinalIgnoreCase));
}
