using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Feedback.Import;
using Waymark.Analytics.Import;
using Waymark.Data;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Uploads;

namespace Waymark.Server.Features.Feedback;

/// <summary>
/// A workspace's feedback: uploading files (a preview of the first bytes with recognised columns, then the import,
/// where bad rows are skipped and reported by line and a file that cannot be read as a whole stores nothing), the
/// summary, and the latest items.
/// </summary>
public static class FeedbackEndpoints
{
    public static IEndpointRouteBuilder MapFeedback(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workspaces/{workspaceId}/feedback").WithTags("Feedback");
        group.MapPost("/imports/preview", Preview);
        group.MapPost("/imports", Import);
        group.MapGet("/summary", Summary);
        group.MapGet("/", List);
        return app;
    }

    public static async Task<Results<Ok<FeedbackPreviewDto>, ValidationProblem, ProblemHttpResult>> Preview(
        string workspaceId, string? fileName, string? format, string? delimiter, bool? complete,
        HttpRequest request, WaymarkDbContext db, IOptions<UploadOptions> options, CancellationToken ct)
    {
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, ct))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        var query = new FeedbackUploadQuery(fileName, format, delimiter);
        var (read, path, problem) = query.Check();
        if (read is not { } o)
        {
            return Problems.Invalid(path!, problem!);
        }

        var (preview, refusal) = await UploadPreview.ReadAsync(request, complete, options.Value,
            (text, whole) => ToDto(FeedbackImporter.Preview(text, o.Format, o.Delimiter, complete: whole)), ct);
        return refusal is null ? TypedResults.Ok(preview!) : refusal;
    }

    public static async Task<Results<Ok<FeedbackUploadResult>, ValidationProblem, ProblemHttpResult>> Import(
        string workspaceId, [AsParameters] FeedbackUploadQuery query,
        HttpContext http, WaymarkDbContext db, IFeedbackStore store, IOptions<UploadOptions> options, UploadGate gate, CancellationToken ct)
    {
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, ct))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        var (read, path, problem) = query.Check();
        if (read is not { } o)
        {
            return Problems.Invalid(path!, problem!);
        }

        using var upload = await Upload<FeedbackUpload>.ReadAsync(http, options.Value, gate, "waymark feedback import",
            checkUtf8: true, text => FeedbackUpload.Read(text, o, options.Value.MaxRows), ct);
        if (upload.Refusal is { } refusal)
        {
            return refusal;
        }

        var file = upload.Content!;
        var stored = await store.AppendAsync(workspaceId, file.Items, ct);
        return TypedResults.Ok(new FeedbackUploadResult(stored.Appended, stored.Duplicates, file.Rejected, file.Problems, upload.Seconds));
    }

    public static async Task<Results<Ok<FeedbackSummaryDto>, ProblemHttpResult>> Summary(
        string workspaceId, WaymarkDbContext db, IFeedbackStore store, CancellationToken ct)
    {
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, ct))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        var t = await store.TotalsAsync(workspaceId, ct);
        var bySource = FeedbackNames.Sources.ToDictionary(s => s, s => t.BySource.GetValueOrDefault(s), StringComparer.Ordinal);
        var byScoreType = FeedbackNames.ScoreTypes.Append("none").ToDictionary(s => s, s => t.ByScoreType.GetValueOrDefault(s), StringComparer.Ordinal);
        return TypedResults.Ok(new FeedbackSummaryDto(t.Items, t.Customers, t.WithText, bySource, byScoreType, Time(t.FirstTicks), Time(t.LastTicks)));
    }

    public static async Task<Results<Ok<FeedbackListDto>, ValidationProblem, ProblemHttpResult>> List(
        string workspaceId, int? limit, int? offset, WaymarkDbContext db, IFeedbackStore store, CancellationToken ct)
    {
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, ct))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        if (limit is < 1 or > 500)
        {
            return Problems.Invalid("limit", "limit must be between 1 and 500.");
        }

        if (offset is < 0)
        {
            return Problems.Invalid("offset", "offset must be 0 or more.");
        }

        var total = await store.CountAsync(workspaceId, ct);
        var page = await store.LatestAsync(workspaceId, limit ?? 50, offset ?? 0, ct);
        return TypedResults.Ok(new FeedbackListDto(total, page.Select(FeedbackListItem.From).ToList()));
    }

    private static FeedbackPreviewDto ToDto(FeedbackPreview p) => new(UploadPreview.FormatName(p.Format, p.Delimiter), UploadPreview.DelimiterText(p.Delimiter),
        p.Columns, p.Rows, FeedbackColumnsDto.From(p.Mapping), p.Notes);

    private static DateTime? Time(long? ticks) => ticks is { } t ? new DateTime(t, DateTimeKind.Utc) : null;
}
