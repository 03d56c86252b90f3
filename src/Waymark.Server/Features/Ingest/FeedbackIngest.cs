using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Waymark.Analytics.Feedback.Import;
using Waymark.Data;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Feedback;
using Waymark.Server.Features.Rules;

namespace Waymark.Server.Features.Ingest;

/// <summary>
/// POST /api/ingest/feedback: the same gate as events (API key, rate, body limit), then a batch <c>{"feedback":[...]}</c>
/// (or a bare array) or NDJSON of items with the API's member names. Invalid items are rejected one by one with
/// their JSON path; the rest are stored in one transaction before the answer, so a 2xx means they are durable.
/// An optional <c>?workspace=</c> must be the key's workspace (a guard against sending to the wrong one).
/// </summary>
internal static class FeedbackIngest
{
    public static async Task<Results<Ok<FeedbackIngestResult>, JsonHttpResult<FeedbackIngestResult>, ProblemHttpResult>> IngestAsync(
        string? workspace, HttpContext http, WaymarkDbContext db, IFeedbackStore store, IngestRateLimiter limiter,
        IOptions<IngestOptions> options, IngestActivity activity, CancellationToken ct)
    {
        var (request, refusal) = await IngestGate.AdmitAsync(http, db, limiter, options.Value, ct);
        if (request is null)
        {
            return refusal!;
        }

        if (!string.IsNullOrEmpty(workspace) && workspace != request.Key.WorkspaceId)
        {
            return TypedResults.Problem($"The API key belongs to another workspace than '{workspace}'; nothing was stored.",
                statusCode: StatusCodes.Status403Forbidden, title: "Key of another workspace");
        }

        var items = new List<NewFeedback>();
        var rejected = new List<FeedbackRejection>();
        var wrapped = !request.Ndjson && request.Body.Span.TrimStart(" \t\r\n"u8) is [(byte)'{', ..];
        var fatal = IngestItems.ForEach(request.Body, request.Ndjson, "feedback items", member: "feedback",
            (element, index, line) =>
            {
                var (item, member, problem) = FeedbackImporter.FromJson(element, FeedbackColumns.Api);
                if (item is null)
                {
                    rejected.Add(new FeedbackRejection(index, line, IngestItems.PathOf(wrapped ? "feedback" : null, line, index, member), problem!));
                }
                else
                {
                    items.Add(FeedbackMapping.ToNew(item));
                }
            },
            (index, line, reason) => rejected.Add(new FeedbackRejection(index, line, "$", reason)));
        if (fatal is not null)
        {
            return IngestGate.Unreadable(fatal);
        }

        var stored = await store.AppendAsync(request.Key.WorkspaceId, items, ct);
        await activity.NoteAsync(request.Key, AuditActions.IngestFeedback, stored.Appended, stored.Duplicates, rejected.Count);
        http.RequestServices.GetService<RuleSignal>()?.Notify(); // journey rules evaluate at once (docs/adr/054-journey-rules.md)
        var result = new FeedbackIngestResult(stored.Appended, stored.Duplicates, rejected);
        return rejected.Count == 0 ? TypedResults.Ok(result) : TypedResults.Json(result, statusCode: StatusCodes.Status207MultiStatus);
    }
}
